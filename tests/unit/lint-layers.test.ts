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

  it('fails core importing the ledger, the use cases or the SQLite driver (core is pure)', async () => {
    const planted = [
      "import { listRecords } from '../../db/queries/records';\nexport const x = listRecords;\n",
      "import { withOperation } from '../db/write/with-operation';\nexport const x = withOperation;\n",
      "import { importFiles } from '../../app/import/import-notices';\nexport const x = importFiles;\n",
      "import Database from 'better-sqlite3';\nexport const x = Database;\n",
    ];
    for (const code of planted)
      expect(await ruleIds('src/main/core/dedupe/stray.ts', code), code).toContain(
        'no-restricted-imports',
      );
  });

  it('fails db calling up into core or app (db is storage only); shared types are fine', async () => {
    expect(
      await ruleIds(
        'src/main/db/queries/stray.ts',
        "import { resolveRegion } from '../../core/gazetteer';\nexport const x = resolveRegion;\n",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await ruleIds(
        'src/main/db/stray.ts',
        "import { importFiles } from '../app/import/import-notices';\nexport const x = importFiles;\n",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await ruleIds(
        'src/main/db/stray.ts',
        "import { AppError } from '../../shared/app-error';\nexport const x = AppError;\n",
      ),
    ).not.toContain('no-restricted-imports');
  });

  it('fails shared importing from src/main, and use cases importing a door', async () => {
    expect(
      await ruleIds(
        'src/shared/stray.ts',
        "import type { DeadlineItem } from '../main/core/schedule/deadline-list';\nexport type X = DeadlineItem;\n",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await ruleIds(
        'src/main/app/stray.ts',
        "import { dispatch } from '../api/dispatch';\nexport const x = dispatch;\n",
      ),
    ).toContain('no-restricted-imports');
  });

  it('the tree as it is passes: no file under src/main/db imports core or app', async () => {
    const results = await eslint.lintFiles(['src/main/db', 'src/main/core', 'src/shared']);
    const layer = results.flatMap((r) =>
      r.messages
        .filter((m) => m.ruleId === 'no-restricted-imports')
        .map((m) => `${r.filePath}: ${m.message}`),
    );
    expect(layer).toEqual([]);
  });
});
