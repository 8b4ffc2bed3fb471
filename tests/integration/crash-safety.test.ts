/**
 * Kill -9 in the middle of a large import, again and again: the ledger must pass
 * integrity_check, every notice must be all or nothing, and nothing may be orphaned.
 */
import JSZip from 'jszip';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openLedger } from '../../src/main/db/ledger';
import { repoRoot } from '../support/shared';
import { tempDir } from '../support/temp-ledger';

const PER_NOTICE = 50;
// The worker runs in this one process (tsx as a loader): the tsx CLI would run it in a
// grandchild that a SIGKILL to the CLI leaves running.
const tsx = ['--import', 'tsx'];
const worker = path.join(repoRoot, 'tests/support/crash/import-worker.ts');
const { dir, cleanup } = tempDir('taizhang-crash-');
afterAll(cleanup);

/** Runs a worker and SIGKILLs it `delayMs` after it says it is ready. */
function runAndKill(file: string, seed: number, delayMs: number, args?: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...tsx, ...(args ?? [worker, file, String(seed), String(PER_NOTICE)])],
      {
        cwd: repoRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
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
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' || out.includes('done') ? resolve(out) : reject(new Error(err)),
    );
  });
}

/** What must hold after any crash, whatever was being written. */
function expectWhole(db: import('better-sqlite3').Database) {
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.pragma('foreign_key_check')).toEqual([]);
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  // Every mention hangs on an existing record; a merged record points at an existing one.
  expect(
    count(
      'SELECT count(*) AS n FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM records r WHERE r.id = m.record_id)',
    ),
  ).toBe(0);
  expect(
    count(
      'SELECT count(*) AS n FROM records r WHERE r.merged_into IS NOT NULL AND NOT EXISTS (SELECT 1 FROM records s WHERE s.id = r.merged_into)',
    ),
  ).toBe(0);
  // No operation without its changes, no change without its operation.
  expect(
    count(
      "SELECT count(*) AS n FROM operations o WHERE o.kind IN ('merge','edit') AND NOT EXISTS (SELECT 1 FROM operation_changes c WHERE c.op_id = o.id)",
    ),
  ).toBe(0);
  expect(
    count(
      'SELECT count(*) AS n FROM operation_changes c WHERE NOT EXISTS (SELECT 1 FROM operations o WHERE o.id = c.op_id)',
    ),
  ).toBe(0);
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
          .prepare(
            'SELECT count(*) AS n FROM records r WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.record_id = r.id)',
          )
          .get() as { n: number };
        expect(orphanRecords.n).toBe(0);
        const opsWithoutNotice = db
          .prepare(
            "SELECT count(*) AS n FROM operations o WHERE o.kind = 'import' AND NOT EXISTS (SELECT 1 FROM notices n WHERE n.id = o.notice_id)",
          )
          .get() as { n: number };
        expect(opsWithoutNotice.n).toBe(0);
        const changesWithoutOp = db
          .prepare(
            'SELECT count(*) AS n FROM operation_changes c WHERE NOT EXISTS (SELECT 1 FROM operations o WHERE o.id = c.op_id)',
          )
          .get() as { n: number };
        expect(changesWithoutOp.n).toBe(0);
        // The FTS index agrees with the table it indexes.
        expect(() =>
          db.exec("INSERT INTO records_fts(records_fts) VALUES ('integrity-check')"),
        ).not.toThrow();
      } finally {
        ledger.close();
      }
    }
    const ledger = await openLedger(file);
    const notices = (ledger.db.prepare('SELECT count(*) AS n FROM notices').get() as { n: number })
      .n;
    ledger.close();
    expect(notices).toBeGreaterThan(0); // the kills did land mid-import, after some commits
  });

  it('survives SIGKILL in the middle of merges and their undo', async () => {
    const file = path.join(dir, 'merge.sqlite');
    await runAndKill(file, 99, 10_000, [worker, file, '99', '40', '20']); // 20 notices of 40 zones, to completion
    const before = await openLedger(file);
    const mentions = (
      before.db.prepare('SELECT count(*) AS n FROM mentions').get() as { n: number }
    ).n;
    before.close();
    const mergeWorker = path.join(repoRoot, 'tests/support/crash/merge-worker.ts');
    for (const [i, delay] of [200, 650, 90, 1200].entries()) {
      await runAndKill(file, i + 1, delay, [mergeWorker, file, String(i + 1)]);
      const ledger = await openLedger(file);
      try {
        expectWhole(ledger.db);
        // Merges move mentions, never lose them.
        expect(
          (ledger.db.prepare('SELECT count(*) AS n FROM mentions').get() as { n: number }).n,
        ).toBe(mentions);
      } finally {
        ledger.close();
      }
    }
    const ledger = await openLedger(file);
    const merges = (
      ledger.db.prepare("SELECT count(*) AS n FROM operations WHERE kind = 'merge'").get() as {
        n: number;
      }
    ).n;
    ledger.close();
    expect(merges).toBeGreaterThan(0); // the kills landed while merging, not before
  });

  it('survives SIGKILL in the middle of an export: the file is whole or absent, the ledger untouched', async () => {
    const file = path.join(dir, 'merge.sqlite');
    const out = path.join(dir, 'summary.xlsx');
    const exportWorker = path.join(repoRoot, 'tests/support/crash/export-worker.ts');
    for (const delay of [150, 500, 900]) {
      await runAndKill(file, 0, delay, [exportWorker, file, out]);
      if (existsSync(out)) {
        const zip = await JSZip.loadAsync(readFileSync(out));
        expect(zip.file('xl/workbook.xml')).not.toBeNull();
      }
      const ledger = await openLedger(file);
      try {
        expectWhole(ledger.db);
      } finally {
        ledger.close();
      }
    }
  });
});
