/**
 * The desktop app, browser mode and the CLI may open the same ledger at once. Several
 * processes writing and reading in parallel must all succeed (busy timeout, short write
 * transactions) and leave a whole, consistent ledger.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/main/app/import/import-notices';
import { openLedger } from '../../src/main/db/ledger';
import { HEBEI_ZONES } from '../support/sample-notice';
import { repoRoot } from '../support/shared';
import { tempDir } from '../support/temp-ledger';

const tsx = path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs');
const { dir, cleanup } = tempDir('taizhang-concurrent-');
afterAll(cleanup);

function run(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsx, ...args], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code) => resolve({ code, out, err }));
  });
}

describe('several processes on one ledger', () => {
  it('writers and readers in parallel all succeed and the ledger stays whole', async () => {
    const file = path.join(dir, 'shared.sqlite');
    // Create it first, so the processes race on writes, not on creating the schema.
    (await openLedger(file)).close();
    const worker = 'tests/support/crash/import-worker.ts';
    const readers = Array.from({ length: 3 }, () =>
      run(['src/main/cli/index.ts', 'records', '--db', file, '--json', '--kind', 'zone']),
    );
    const writers = [1, 2, 3].map((seed) => run([worker, file, String(seed), '20', '30']));
    const results = await Promise.all([...writers, ...readers]);
    for (const r of results) expect(r.code, r.err).toBe(0);
    for (const r of results.slice(3)) expect(Array.isArray(JSON.parse(r.out))).toBe(true);

    const ledger = await openLedger(file);
    try {
      expect(ledger.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(ledger.db.pragma('foreign_key_check')).toEqual([]);
      expect(
        (ledger.db.prepare('SELECT count(*) AS n FROM notices').get() as { n: number }).n,
      ).toBe(90);
      expect(
        (ledger.db.prepare('SELECT count(*) AS n FROM mentions').get() as { n: number }).n,
      ).toBe(90 * 20);
    } finally {
      ledger.close();
    }
  });

  it('edits, undos and redos from several processes at once never meet "database is locked"', async () => {
    const file = path.join(dir, 'edits.sqlite');
    const seeded = await openLedger(file);
    await importFiles(seeded, [{ name: 'z.txt', bytes: new Uint8Array(Buffer.from(HEBEI_ZONES)) }]);
    seeded.close();
    const worker = 'tests/support/crash/edit-worker.ts';
    const startAt = String(Date.now() + 6_000); // once every worker has started
    const results = await Promise.all(
      [1, 2, 3].map((seed) => run([worker, file, String(seed), '300', startAt])),
    );
    for (const r of results) {
      expect(r.code, r.err).toBe(0);
      expect(JSON.parse(r.out)).toEqual({ failures: [] });
    }
    const ledger = await openLedger(file);
    try {
      expect(ledger.db.pragma('integrity_check', { simple: true })).toBe('ok');
      // Every operation kept its changes: none was half written by a lost race.
      expect(
        ledger.db
          .prepare(
            'SELECT count(*) AS n FROM operations o WHERE NOT EXISTS (SELECT 1 FROM operation_changes c WHERE c.op_id = o.id)',
          )
          .get(),
      ).toEqual({ n: 0 });
    } finally {
      ledger.close();
    }
  });
});
