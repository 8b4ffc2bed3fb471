/**
 * Finding 2 of issue #20: small files that expanded to gigabytes (a 1.5 KB xlsx with a
 * far-away cell, a 1.3 KB docx of huge gridSpan/vMerge, an 88 KB HTML table of huge
 * rowspan/colspan, a lying-size xlsx, a 10,000-page PDF, deep nesting) ran for minutes and
 * crashed the process. Each is made here, imported through the door path (dispatch and the
 * import worker) in a child process of its own, and must be refused with a Chinese message
 * naming the limit, with the process's peak memory at most 500 MB and the ledger file
 * byte-for-byte as it was.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOSTILE_FILES } from '../support/fixtures/hostile-files';
import { repoRoot } from '../support/shared';

const tsx = path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs');
const child = path.join(repoRoot, 'tests/support/hostile/import-hostile.ts');

interface Measured {
  name: string;
  bytes: number;
  refused: boolean;
  code: string | null;
  message: string | null;
  ms: number;
  maxRssMb: number;
  unchanged: boolean;
}

function measure(name: string): Measured {
  const r = spawnSync(process.execPath, [tsx, child, name, '--worker'], {
    cwd: repoRoot,
    encoding: 'utf8',
    // A runaway guard only (normal: a few seconds): a file that hangs fails here, not forever.
    timeout: 120_000,
  });
  const line = r.stdout.split('\n').find((l) => l.startsWith('{'));
  if (!line) throw new Error(`no result for ${name} (status ${r.status}): ${r.stderr}`);
  return JSON.parse(line) as Measured;
}

describe('hostile files are refused in bounded memory, the ledger untouched', () => {
  it.each(Object.keys(HOSTILE_FILES))(
    '%s',
    (name) => {
      const m = measure(name);
      expect(m.refused, JSON.stringify(m)).toBe(true);
      expect(m.message).toMatch(/上限/); // names the limit it broke
      expect(m.message).toMatch(/请/); // and says what to do
      expect(m.message).toContain(HOSTILE_FILES[name]!.file);
      expect(m.maxRssMb, JSON.stringify(m)).toBeLessThanOrEqual(500);
      expect(m.unchanged).toBe(true);
    },
    150_000,
  );
});
