/**
 * An import writes its records and mentions several rows to a statement and gives the
 * records their ids itself: every record still gets its own mention, in order, its
 * quick-search row, and the ids SQLite would have chosen — also after an undo took the
 * newest records away — and undo and redo still take away and bring back exactly them.
 */
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { buildWhere } from '../../../src/main/db/queries/record-search';
import {
  importSummary,
  insertImport,
  writeImport,
  type RecordDraft,
} from '../../../src/main/db/write/import-rows';
import { redoNext, undoLast } from '../../../src/main/db/write/replay';
import { withOperation } from '../../../src/main/db/write/with-operation';
import { composedNotice } from '../../support/notice-draft';
import { tempLedgerDbs } from '../../support/temp-ledger-db';

const ledgerDb = tempLedgerDbs();

const notice = (sha: string) => composedNotice(sha);

/** n records whose titles say which notice and item they are (甲-7: notice 甲, item 7). */
const records = (tag: string, n: number): RecordDraft[] =>
  Array.from({ length: n }, (_, i) => ({
    kind: i % 3 === 0 ? 'case' : 'zone',
    fields: { seq: i + 1, title: `${tag}社区第${i + 1}号`, content: `${tag}内容${i + 1}` },
    seq: i + 1,
    span: { start: i * 10, end: i * 10 + 8 },
    extracted: { title: `${tag}社区第${i + 1}号`, n: i },
  }));

const rowsOf = (db: Database.Database, noticeId: number) =>
  db
    .prepare(
      `SELECT r.id, r.title, r.seq, r.kind, m.seq AS mseq, m.span_start, m.extracted,
              m.original_record_id
         FROM mentions m JOIN records r ON r.id = m.record_id
        WHERE m.notice_id = ? ORDER BY m.id`,
    )
    .all(noticeId) as {
    id: number;
    title: string;
    seq: number;
    kind: string;
    mseq: number;
    span_start: number;
    extracted: string;
    original_record_id: number;
  }[];

const searchIds = (db: Database.Database, term: string) => {
  const w = buildWhere({ search: term });
  return (
    db.prepare(`SELECT r.id FROM records r WHERE ${w.sql} ORDER BY r.id`).all(w.params) as {
      id: number;
    }[]
  ).map((r) => r.id);
};

describe('an import written several rows to a statement', () => {
  it('gives every record its own mention, in order, across statement boundaries', async () => {
    const db = await ledgerDb();
    const first = writeImport(db, notice('a'), records('甲', 3));
    const big = writeImport(db, notice('b'), records('乙', 150));
    expect(first.recordIds).toEqual([1, 2, 3]);
    expect(big.recordIds).toEqual(Array.from({ length: 150 }, (_, i) => i + 4));
    const rows = rowsOf(db, big.noticeId);
    expect(rows).toHaveLength(150);
    rows.forEach((r, i) => {
      expect(r.id).toBe(big.recordIds[i]);
      expect(r.title).toBe(`乙社区第${i + 1}号`);
      expect(r.seq).toBe(i + 1);
      expect(r.mseq).toBe(i + 1);
      expect(r.kind).toBe(i % 3 === 0 ? 'case' : 'zone');
      expect(r.span_start).toBe(i * 10);
      expect(JSON.parse(r.extracted)).toEqual({ title: `乙社区第${i + 1}号`, n: i });
      expect(r.original_record_id).toBe(r.id);
    });
    // each record has its quick-search row, found by a term only it contains
    expect(searchIds(db, '乙社区第130号')).toEqual([big.recordIds[129]]);
    expect(searchIds(db, '乙内容65')).toEqual([big.recordIds[64]]);
    expect(searchIds(db, '甲社区第2号')).toEqual([2]);
  });

  it('undo takes the records away, a new import reuses their ids, redo is then discarded', async () => {
    const db = await ledgerDb();
    writeImport(db, notice('a'), records('甲', 10));
    const second = writeImport(db, notice('b'), records('乙', 70));
    undoLast(db);
    expect((db.prepare('SELECT count(*) AS n FROM records').get() as { n: number }).n).toBe(10);
    expect(searchIds(db, '乙社区第5号')).toEqual([]);
    redoNext(db);
    expect(rowsOf(db, second.noticeId).map((r) => r.id)).toEqual(second.recordIds);
    expect(searchIds(db, '乙社区第70号')).toEqual([80]);
    undoLast(db);
    // what SQLite itself would choose: the next id after the largest left
    const third = writeImport(db, notice('c'), records('丙', 5));
    expect(third.recordIds).toEqual([11, 12, 13, 14, 15]);
    expect(searchIds(db, '丙社区第5号')).toEqual([15]);
    expect(searchIds(db, '乙社区第5号')).toEqual([]);
  });

  it("names each new record's source mention without reading it back, also after an undo", async () => {
    const db = await ledgerDb();
    const insert = (sha: string, n: number) =>
      withOperation(
        { db },
        { kind: 'import', summary: importSummary(notice(sha)), actor: 'import' },
        (tx) => insertImport(tx, notice(sha), records(sha, n)),
      );
    const mentionsOf = (noticeId: number, recordIds: number[]) =>
      recordIds.map(
        (id) =>
          (
            db
              .prepare(
                'SELECT id FROM mentions WHERE notice_id = ? AND record_id = ? AND joined = 0',
              )
              .get(noticeId, id) as { id: number }
          ).id,
      );
    const a = insert('a', 3);
    const b = insert('b', 70);
    expect(a.mentionIds).toEqual(mentionsOf(a.noticeId, a.recordIds));
    expect(b.mentionIds).toEqual(mentionsOf(b.noticeId, b.recordIds));
    expect(b.mentionIds).toEqual(Array.from({ length: 70 }, (_, i) => i + 4));
    undoLast(db);
    // what SQLite itself would choose: the next id after the largest left
    const c = insert('c', 2);
    expect(c.mentionIds).toEqual([4, 5]);
    expect(c.mentionIds).toEqual(mentionsOf(c.noticeId, c.recordIds));
  });
});
