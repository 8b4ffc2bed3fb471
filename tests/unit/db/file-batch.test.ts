/**
 * Several files to a transaction, one savepoint each: a file that fails leaves nothing of
 * itself and the others of its transaction are stored; a stopping failure ends the
 * transaction's intake; reading ahead reads each file once, and the files already read when
 * the writer asks go into its transaction together.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ReadAhead, writeInOneTransaction } from '../../../src/main/app/import/file-batch';

function db() {
  const d = new Database(':memory:');
  d.exec('CREATE TABLE t (v TEXT NOT NULL)');
  return d;
}

/** One "file": two rows, the second failing for a bad one (after the first was written). */
const writer = (d: Database.Database) => (v: string) =>
  d.transaction(() => {
    d.prepare('INSERT INTO t(v) VALUES (?)').run(`${v}-a`);
    if (v.startsWith('bad')) throw new Error(v);
    d.prepare('INSERT INTO t(v) VALUES (?)').run(`${v}-b`);
    return v;
  })();

const rows = (d: Database.Database) =>
  (d.prepare('SELECT v FROM t ORDER BY rowid').all() as { v: string }[]).map((r) => r.v);

describe('file batches', () => {
  it('a failing file is rolled back alone; the others of its transaction commit', () => {
    const d = db();
    const out = writeInOneTransaction(d, ['one', 'bad', 'two'], writer(d));
    expect(out.map((r) => r.ok)).toEqual([true, false, true]);
    expect(rows(d)).toEqual(['one-a', 'one-b', 'two-a', 'two-b']);
    expect(d.inTransaction).toBe(false);
  });

  it('a stopping failure takes no further file into the transaction', () => {
    const d = db();
    const out = writeInOneTransaction(d, ['one', 'bad-stop', 'two'], writer(d), (e) =>
      String(e).includes('stop'),
    );
    expect(out.map((r) => r.ok)).toEqual([true, false]);
    expect(rows(d)).toEqual(['one-a', 'one-b']);
  });

  it('reads each file once, in order, however the results are taken', async () => {
    const reads: number[] = [];
    const ahead = new ReadAhead([0, 1, 2, 3, 4, 5], async (n) => {
      reads.push(n);
      if (n === 3) throw new Error('unreadable');
      return n * 10;
    });
    const first = await ahead.from(0);
    expect(first[0]).toEqual({ ok: true, value: 0 });
    await new Promise((r) => setTimeout(r, 0));
    const next = await ahead.from(1); // as if only file 0 was written
    expect(next.slice(0, 2)).toEqual([
      { ok: true, value: 10 },
      { ok: true, value: 20 },
    ]);
    expect((await ahead.from(3))[0]!.ok).toBe(false);
    expect((await ahead.from(5))[0]).toEqual({ ok: true, value: 50 });
    expect(reads).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('takes every file whose answer came while the writer was busy, not only the first', async () => {
    // Answers arrive as events (a worker's messages); all three are sent before the first is taken.
    const channel = new MessageChannel();
    const waiting = new Map<number, (v: number) => void>();
    channel.port2.on('message', (n: number) => waiting.get(n)!(n * 10));
    const ahead = new ReadAhead([0, 1, 2], (n) => {
      const answer = new Promise<number>((resolve) => waiting.set(n, resolve));
      channel.port1.postMessage(n);
      return answer;
    });
    try {
      const batch = await ahead.from(0);
      expect(batch.map((r) => r.ok && r.value)).toEqual([0, 10, 20]);
    } finally {
      channel.port1.close();
    }
  });
});
