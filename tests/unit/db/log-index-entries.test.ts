/**
 * The operation log's secondary indexes hold only what their readers look for (migration
 * 0019): an import's commit writes no entry into either, an undone operation enters
 * operations_active and leaves it when redone, and an edit's logged change keeps its record
 * id indexed. Counted as the b-trees' own cells (dbstat), so an index that took every row
 * again would fail here even though every answer stayed the same.
 */
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { recordChanges } from '../../../src/main/db/queries/operations';
import { writeImport, type RecordDraft } from '../../../src/main/db/write/import-rows';
import { lastActive, nextRedo, redoNext, undoLast } from '../../../src/main/db/write/replay';
import { withOperation } from '../../../src/main/db/write/with-operation';
import { composedNotice } from '../../support/notice-draft';
import { tempLedgerDbs } from '../../support/temp-ledger-db';

const ledgerDb = tempLedgerDbs();

const records = (n: number): RecordDraft[] =>
  Array.from({ length: n }, (_, i) => ({
    kind: 'zone',
    fields: { seq: i + 1, title: `某社区第${i + 1}号` },
    seq: i + 1,
    span: { start: i * 10, end: i * 10 + 8 },
    extracted: { title: `某社区第${i + 1}号` },
  }));

/** Entries in an index's b-tree, whatever rows its table holds. */
const entries = (db: Database.Database, index: string) =>
  (
    db
      .prepare(
        "SELECT coalesce(sum(ncell), 0) AS n FROM dbstat WHERE name = ? AND pagetype = 'leaf'",
      )
      .get(index) as { n: number }
  ).n;

describe("the operation log's indexes", () => {
  it('an import writes no entry into either; undo and redo move its operation in and out', async () => {
    const db = await ledgerDb();
    const first = writeImport(db, composedNotice('甲'), records(5));
    writeImport(db, composedNotice('乙'), records(3));
    expect(db.prepare('SELECT count(*) AS n FROM operation_changes').get()).toEqual({ n: 2 });
    expect(entries(db, 'operations_active')).toBe(0);
    expect(entries(db, 'operation_changes_record')).toBe(0);

    undoLast(db);
    expect(entries(db, 'operations_active')).toBe(1);
    expect(nextRedo(db)?.id).toBe(first.opId + 1);
    expect(lastActive(db)?.id).toBe(first.opId);
    redoNext(db);
    expect(entries(db, 'operations_active')).toBe(0);
    expect(nextRedo(db)).toBeNull();
    expect(lastActive(db)?.id).toBe(first.opId + 1);
  });

  it("an edit's change keeps its record id indexed, and the record's history finds both", async () => {
    const db = await ledgerDb();
    const { recordIds } = writeImport(db, composedNotice('丙'), records(2));
    const id = recordIds[0]!;
    withOperation({ db }, { kind: 'edit', summary: '改标题' }, (tx) =>
      tx.update('records', id, { title: '改过的标题' }),
    );
    expect(entries(db, 'operation_changes_record')).toBe(1);
    expect(recordChanges(db, id).map((c) => c.form ?? c.field)).toEqual(['title', 'import']);
    expect(recordChanges(db, recordIds[1]!).map((c) => c.form)).toEqual(['import']);
  });

  it('the readers of undone operations seek the index', async () => {
    const db = await ledgerDb();
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
        .map((r) => r.detail)
        .join(' | ');
    for (const sql of [
      'SELECT * FROM operations WHERE undone_at IS NOT NULL AND redo_discarded = 0 ORDER BY id ASC LIMIT 1',
      'UPDATE operations SET redo_discarded = 1 WHERE notice_id = 1 AND undone_at IS NOT NULL',
    ])
      expect(plan(sql), sql).toMatch(
        /^SEARCH operations USING (COVERING )?INDEX operations_active/,
      );
    expect(plan('SELECT * FROM operation_changes WHERE record_id = 7')).toMatch(
      /^SEARCH operation_changes USING INDEX operation_changes_record \(record_id=\?\)$/,
    );
  });
});
