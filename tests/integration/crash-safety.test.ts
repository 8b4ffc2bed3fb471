/**
 * Kill -9 in the middle of a large import, again and again: the ledger must pass
 * integrity_check, every notice must be all or nothing, and nothing may be orphaned.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openLedger } from '../../src/main/db/ledger';
import { repoRoot } from '../support/shared';
import { tempDir } from '../support/temp-ledger';

const PER_NOTICE = 50;
const tsx = path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs');
const worker = path.join(repoRoot, 'tests/support/crash/import-worker.ts');
const { dir, cleanup } = tempDir('taizhang-crash-');
afterAll(cleanup);

/** Runs the worker and SIGKILLs it `delayMs` after it says it is ready. */
function runAndKill(file: string, seed: number, delayMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsx, worker, file, String(seed), String(PER_NOTICE)], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('ready') && !out.includes('scheduled')) {
        out += 'scheduled';
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' || out.includes('done') ? resolve(out) : reject(new Error(err))));
  });
}

describe('crash safety', () => {
  it('survives SIGKILL at random moments during a large import', async () => {
    const file = path.join(dir, 'ledger.sqlite');
    // Deterministic "random" moments, spread over the write loop.
    const delays = [150, 420, 90, 700, 260, 1100];
    for (const [i, delay] of delays.entries()) {
      await runAndKill(file, i + 1, delay);
      const ledger = await openLedger(file);
      const db = ledger.db;
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.pragma('foreign_key_check')).toEqual([]);
        // All or nothing: every stored notice has all its mentions and its operation.
        const partial = db
          .prepare(
            `SELECT n.id, count(m.id) AS mentions, n.doc_no_raw FROM notices n LEFT JOIN mentions m ON m.notice_id = n.id
              GROUP BY n.id HAVING mentions <> CAST(substr(n.doc_no_raw, 7) AS INTEGER)`,
          )
          .all();
        expect(partial).toEqual([]);
        const orphanRecords = db
          .prepare('SELECT count(*) AS n FROM records r WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.record_id = r.id)')
          .get() as { n: number };
        expect(orphanRecords.n).toBe(0);
        const opsWithoutNotice = db
          .prepare("SELECT count(*) AS n FROM operations o WHERE o.kind = 'import' AND NOT EXISTS (SELECT 1 FROM notices n WHERE n.id = o.notice_id)")
          .get() as { n: number };
        expect(opsWithoutNotice.n).toBe(0);
        const changesWithoutOp = db
          .prepare('SELECT count(*) AS n FROM operation_changes c WHERE NOT EXISTS (SELECT 1 FROM operations o WHERE o.id = c.op_id)')
          .get() as { n: number };
        expect(changesWithoutOp.n).toBe(0);
        // The FTS index agrees with the table it indexes.
        expect(() => db.exec("INSERT INTO records_fts(records_fts) VALUES ('integrity-check')")).not.toThrow();
      } finally {
        ledger.close();
      }
    }
    const ledger = await openLedger(file);
    const notices = (ledger.db.prepare('SELECT count(*) AS n FROM notices').get() as { n: number }).n;
    ledger.close();
    expect(notices).toBeGreaterThan(0); // the kills did land mid-import, after some commits
  });
});
