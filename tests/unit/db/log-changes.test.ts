/**
 * The operation log's changes written several to a statement (change-log.ts logChanges, used
 * by WriteTx for a row's changed columns and a record's field sources) are the rows, ids and
 * order that one statement per change gave — past the chunk size too — and a record's update
 * of many columns now costs one log statement, not one per column.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { logChange, logChanges, type ChangeEntry } from '../../../src/main/db/write/change-log';
import { insertImport } from '../../../src/main/db/write/import-rows';
import { redoNext, undoLast } from '../../../src/main/db/write/replay';
import { withOperation } from '../../../src/main/db/write/with-operation';
import { zoneDraft, zoneNotice } from '../../support/notice-draft';
import { tempLedger } from '../../support/temp-ledger';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

async function ledger() {
  const t = await tempLedger();
  cleanups.push(t.cleanup);
  return t.ledger;
}

const changes = (db: Database.Database) =>
  db.prepare('SELECT * FROM operation_changes ORDER BY id').all();

/** Runs `work` counting the statements that insert into the operation log. */
function countingLogInserts(db: Database.Database, work: () => void): number {
  const proto = Object.getPrototypeOf(db.prepare('SELECT 1')) as {
    run: (...a: unknown[]) => unknown;
  };
  const run = proto.run;
  let n = 0;
  proto.run = function (this: { source: string }, ...a: unknown[]) {
    if (/^\s*INSERT INTO operation_changes/.test(this.source)) n++;
    return run.apply(this, a);
  };
  try {
    work();
  } finally {
    proto.run = run;
  }
  return n;
}

describe('the operation log written several changes to a statement', () => {
  it('leaves the rows one statement per change left, ids and order included', async () => {
    // 150 changes: two full chunks and a part, every column shape a change takes
    const entries: ChangeEntry[] = Array.from({ length: 150 }, (_, i) => ({
      table: i % 3 ? 'records' : 'field_provenance',
      rowId: i + 1,
      recordId: i % 5 ? i + 1 : null,
      field: i % 3 ? 'title' : null,
      before: i % 2 ? `旧${i}` : null,
      after: i % 3 ? `新${i}` : { record_id: i + 1, field: 'title' },
      form: null,
    }));
    const one = await ledger();
    const many = await ledger();
    const op = (db: Database.Database) =>
      db
        .prepare(
          `INSERT INTO operations(kind, summary, created_at, actor) VALUES ('edit', '改', 'now', 'user') RETURNING id`,
        )
        .pluck()
        .get() as number;
    const a = op(one.db);
    for (const e of entries) logChange(one.db, a, e);
    const b = op(many.db);
    logChanges(many.db, b, entries);
    expect(changes(many.db)).toEqual(changes(one.db));
    expect(changes(many.db)).toHaveLength(150);
  });

  it('logs a record update of many columns in one statement, undone and redone alike', async () => {
    const l = await ledger();
    const first = withOperation(l, { kind: 'import', summary: '导入' }, (tx) =>
      insertImport(tx, zoneNotice, [zoneDraft('甲实验区')]),
    );
    const id = first.recordIds[0]!;
    const before = l.db.prepare('SELECT * FROM records WHERE id = ?').get(id);
    const patch = { title: '乙实验区', town: '某镇', batch: '第二批', year: 2031 };
    let opId = 0;
    const statements = countingLogInserts(l.db, () =>
      withOperation(l, { kind: 'edit', summary: '修改' }, (tx) => {
        opId = tx.opId;
        expect(tx.update('records', id, patch)).toBe(4);
      }),
    );
    expect(statements).toBe(1);
    const logged = l.db
      .prepare('SELECT field, before, after FROM operation_changes WHERE op_id = ? ORDER BY id')
      .all(opId) as { field: string }[];
    // one change per column, in the patch's order
    expect(logged.map((c) => c.field)).toEqual(Object.keys(patch));
    const after = l.db.prepare('SELECT * FROM records WHERE id = ?').get(id);
    undoLast(l.db);
    expect(l.db.prepare('SELECT * FROM records WHERE id = ?').get(id)).toEqual(before);
    redoNext(l.db);
    expect(l.db.prepare('SELECT * FROM records WHERE id = ?').get(id)).toEqual(after);
  });
});
