import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/shared';

const eslint = new ESLint({ cwd: repoRoot });

async function ruleIds(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? '');
}

describe('lint enforces the layers', () => {
  it('fails a stray electron import in src/main/core and src/main/db', async () => {
    expect(await ruleIds('src/main/core/stray.ts', "import 'electron';\n")).toContain(
      'no-restricted-imports',
    );
    expect(
      await ruleIds(
        'src/main/db/stray.ts',
        "import { app } from 'electron';\nexport const a = app;\n",
      ),
    ).toContain('no-restricted-imports');
  });

  it('allows electron in src/main/electron', async () => {
    expect(
      await ruleIds(
        'src/main/electron/ok.ts',
        "import { app } from 'electron';\nexport const a = app;\n",
      ),
    ).not.toContain('no-restricted-imports');
  });

  it('fails Node modules in the renderer', async () => {
    expect(
      await ruleIds(
        'src/renderer/src/stray.ts',
        "import fs from 'node:fs';\nexport const f = fs;\n",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await ruleIds(
        'src/renderer/src/stray2.ts',
        "import path from 'path';\nexport const p = path;\n",
      ),
    ).toContain('no-restricted-imports');
  });
});
