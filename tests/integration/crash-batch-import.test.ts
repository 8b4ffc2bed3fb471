/**
 * Kill -9 in the middle of a multi-file import (several files to a transaction, a savepoint
 * each), again and again on the same ledger, each run importing the same files again: the
 * ledger must always stand at a file boundary — the files stored are the first ones, in
 * order, each whole (every mention and its one import operation) — and hold at least every
 * file the import had reported; the run that finishes leaves exactly the ledger an
 * uninterrupted import of the same files gives, ids included.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/main/app/import/import-notices';
import { openLedger } from '../../src/main/db/ledger';
import { batchNoticeFiles } from '../support/crash/batch-notice-files';
import { ledgerDataTables } from '../support/ledger-data-tables';
import { repoRoot } from '../support/shared';
import { tempDir } from '../support/temp-ledger';

const COUNT = 40;
const child = path.join(repoRoot, 'tests/support/crash/batch-import-worker.ts');
const { dir, cleanup } = tempDir('taizhang-crash-batch-');
afterAll(cleanup);

const files = batchNoticeFiles(COUNT);
const shas = files.map((f) => createHash('sha256').update(f.bytes).digest('hex'));

/** What an uninterrupted import of the same files stores: mentions per file, every table. */
let mentionsPerFile: number[] = [];
let whole: Record<string, string[]> = {};
beforeAll(async () => {
  const ledger = await openLedger(path.join(dir, 'reference.sqlite'));
  try {
    const outcome = await importFiles(ledger, files);
    expect(outcome.failures).toEqual([]);
    mentionsPerFile = shas.map((sha) => mentionsOf(ledger.db, sha));
    whole = ledgerDataTables(ledger.db);
  } finally {
    ledger.close();
  }
}, 120_000);

const mentionsOf = (db: Database.Database, sha: string) =>
  (
    db
      .prepare(
        'SELECT count(*) AS n FROM mentions m JOIN notices n ON n.id = m.notice_id WHERE n.sha256 = ?',
      )
      .get(sha) as { n: number }
  ).n;

/**
 * Runs the import in a child process and SIGKILLs it `delayMs` after its progress reports
 * `killAfter` files done (or lets it finish when `killAfter` is null). Resolves with the most
 * files the progress had reported done.
 */
function runImport(file: string, killAfter: number | null, delayMs = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, file, String(COUNT)], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let reported = 0;
    let scheduled = false;
    proc.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      for (const m of out.matchAll(/^stored (\d+)$/gm)) reported = Math.max(reported, Number(m[1]));
      if (killAfter !== null && !scheduled && reported >= killAfter) {
        scheduled = true;
        setTimeout(() => proc.kill('SIGKILL'), delayMs);
      }
    });
    proc.stderr.on('data', (c: Buffer) => (err += c.toString()));
    proc.on('exit', (_code, signal) =>
      signal === 'SIGKILL' || out.includes('done') ? resolve(reported) : reject(new Error(err)),
    );
  });
}

/** The ledger after a crash: at a file boundary, each stored file whole. Returns how many. */
function expectAtFileBoundary(file: string): number {
  const db = new Database(file);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const stored = (
      db.prepare('SELECT sha256 FROM notices ORDER BY id').all() as { sha256: string }[]
    ).map((n) => n.sha256);
    // the first files, in order: never a later file without every one before it
    expect(stored).toEqual(shas.slice(0, stored.length));
    // each whole: all its mentions, one import operation
    expect(stored.map((sha) => mentionsOf(db, sha))).toEqual(
      mentionsPerFile.slice(0, stored.length),
    );
    const ops = db
      .prepare(
        "SELECT notice_id, count(*) AS n FROM operations WHERE kind = 'import' GROUP BY notice_id",
      )
      .all() as { notice_id: number; n: number }[];
    expect(ops.length).toBe(stored.length);
    expect(ops.every((o) => o.n === 1)).toBe(true);
    expect(() =>
      db.exec("INSERT INTO records_fts(records_fts) VALUES ('integrity-check')"),
    ).not.toThrow();
    return stored.length;
  } finally {
    db.close();
  }
}

describe('crash safety of a multi-file import', () => {
  it('SIGKILL mid-batch leaves the ledger at a file boundary; the rerun completes it exactly', async () => {
    const file = path.join(dir, 'ledger.sqlite');
    let stored = 0;
    let cutShort = 0;
    // Killed a moment after the progress reports a few more files than were stored before:
    // inside the next transaction, or between two.
    for (const delay of [0, 40, 120, 250]) {
      const reported = await runImport(file, stored + 3, delay);
      const now = expectAtFileBoundary(file);
      // what the import had reported imported was committed
      expect(now).toBeGreaterThanOrEqual(Math.min(reported, COUNT));
      if (now < COUNT) cutShort++;
      stored = now;
    }
    expect(cutShort).toBeGreaterThan(0); // the kills did land mid-import
    await runImport(file, null);
    expect(expectAtFileBoundary(file)).toBe(COUNT);
    const db = new Database(file, { readonly: true });
    try {
      expect(ledgerDataTables(db)).toEqual(whole);
    } finally {
      db.close();
    }
    // A guard against a hang only: five child processes, each paying its start (tsx, the
    // generated files, the first import's planning: ~35 s at load 30 on two cores), took
    // 190 s of the 300 s this allowed before.
  }, 600_000);
});
