/**
 * Every write closes its operation by looking for undone operations it makes unredoable.
 * That look must go through operations_active (the undone operations, few), not through
 * the rowid below the new operation — which is the whole history, read again on every
 * write, so a long history made each import slower than the last.
 */
import { describe, expect, it } from 'vitest';
import {
  OPERATION_RECORDS_SQL,
  REDOABLE_BEFORE_SQL,
} from '../../../src/main/db/write/with-operation';
import { WITH_JOINS } from '../../../src/main/db/queries/operations';
import { tempLedgerDbs } from '../../support/temp-ledger-db';

const ledgerDb = tempLedgerDbs();

/**
 * The statistics an ANALYZE leaves on the bench's ledgers: written while no change named a
 * record (imports log their notice compactly), so the partial record index looks empty.
 */
function analysedWithEmptyRecordIndex(db: Awaited<ReturnType<typeof ledgerDb>>): void {
  db.exec('ANALYZE');
  db.exec(`DELETE FROM sqlite_stat1 WHERE tbl = 'operation_changes';
    INSERT INTO sqlite_stat1 VALUES ('operation_changes', 'operation_changes_record', '0 0'),
      ('operation_changes', 'operation_changes_op', '1080 1');
    ANALYZE sqlite_schema;`);
}

describe('closing an operation', () => {
  it('reads the undone operations through their index, not the whole history', async () => {
    const db = await ledgerDb();
    const plan = (
      db.prepare(`EXPLAIN QUERY PLAN ${REDOABLE_BEFORE_SQL}`).all(1) as {
        detail: string;
      }[]
    ).map((r) => r.detail);
    expect(plan.join(' | ')).toMatch(/^SEARCH operations USING COVERING INDEX operations_active/);
  });

  it("counts the operation's records from its own changes, not every change naming a record", async () => {
    const db = await ledgerDb();
    analysedWithEmptyRecordIndex(db);
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(1) as { detail: string }[])
        .map((r) => r.detail)
        .join(' | ');
    expect(plan(OPERATION_RECORDS_SQL)).toMatch(
      /SEARCH operation_changes USING INDEX operation_changes_op \(op_id=\?\)/,
    );
    // the control: the term the count does not need is what let the planner walk the index
    expect(plan(`${OPERATION_RECORDS_SQL} AND record_id IS NOT NULL`)).toMatch(
      /operation_changes_record/,
    );
  });
});

describe('the joined counts of 操作记录 and the home page', () => {
  it("finds the joined records' changes by record, not the import's changes by the joined list", async () => {
    const db = await ledgerDb();
    // The statistics of a 100,000-record ledger: a notice's import may hold 25,000 changes
    // (its rule re-dating every duty of its programme); the joined list depends on the
    // operation, so filtering those changes by it built the list again for each one (20 s).
    db.exec('ANALYZE');
    db.exec(`DELETE FROM sqlite_stat1 WHERE tbl = 'operation_changes';
      INSERT INTO sqlite_stat1 VALUES ('operation_changes', 'operation_changes_record', '200743 8'),
        ('operation_changes', 'operation_changes_op', '201826 2');
      ANALYZE sqlite_schema;`);
    const plan = (
      db
        .prepare(`EXPLAIN QUERY PLAN SELECT ${WITH_JOINS} FROM operations o WHERE o.id = ?`)
        .all(1) as {
        detail: string;
      }[]
    ).map((r) => r.detail);
    expect(plan.join(' | ')).toMatch(
      /SEARCH c (EXISTS )?USING INDEX operation_changes_record \(record_id=\?\)/,
    );
    // every read of the import's changes by op_id is the splits' (MOVED), one per joined list
    const byOp = plan.filter((d) => d.startsWith('SEARCH c USING INDEX operation_changes_op'));
    const splits = plan.filter(
      (d) => d.startsWith('SEARCH s USING AUTOMATIC PARTIAL') || d === 'SCAN s',
    );
    expect(byOp.length).toBe(splits.length);
    // the duty counts read the operation's own changes, once each, by its id
    expect(
      plan.filter((d) => d.startsWith('SEARCH d USING INDEX operation_changes_op (op_id=?)')),
    ).toHaveLength(2);
  });
});

describe("the duty counts of 操作记录's rows", () => {
  it("read each operation's own changes by its id, also when the record index looks empty", async () => {
    const db = await ledgerDb();
    // The bench's 100,000-record ledger is analysed so: the records touched only through their
    // duties were grouped by walking every change naming a record, once per listed operation
    // — 16 s for 操作记录's first page after a notice re-dated 25,000 duties.
    analysedWithEmptyRecordIndex(db);
    const plan = (
      db
        .prepare(`EXPLAIN QUERY PLAN SELECT ${WITH_JOINS} FROM operations o WHERE o.id = ?`)
        .all(1) as { detail: string }[]
    ).map((r) => r.detail);
    expect(plan.filter((d) => d.startsWith('SEARCH d '))).toEqual([
      'SEARCH d USING INDEX operation_changes_op (op_id=?)',
      'SEARCH d USING INDEX operation_changes_op (op_id=?)',
    ]);
  });
});
