/**
 * logChanges (several changes of an operation in one statement, as a later notice's join logs
 * a dozen of one record) writes what logChange one by one writes: the same log rows, the same
 * ids, in the same order, across the statement's chunk of 64 too; and WriteTx.update, which logs
 * a row's changed columns through it, leaves the log a column at a time leaves, undone and
 * redone alike.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Ledger } from '../../../src/main/db/ledger';
import { logChange, logChanges, type ChangeEntry } from '../../../src/main/db/write/change-log';
import { insertImport } from '../../../src/main/db/write/import-rows';
import { redoNext, undoLast } from '../../../src/main/db/write/replay';
import { withOperation } from '../../../src/main/db/write/with-operation';
import type { WriteTx } from '../../../src/main/db/write/write-tx';
import { zoneDraft, zoneNotice } from '../../support/notice-draft';
import { tempLedger } from '../../support/temp-ledger';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

async function ledger(): Promise<Ledger> {
  const t = await tempLedger();
  cleanups.push(t.cleanup);
  return t.ledger;
}

const logRows = (l: Ledger) =>
  l.db.prepare('SELECT * FROM operation_changes ORDER BY id').all() as object[];

/** Changes of every shape the log holds: a column's values, a whole row, a compact form. */
const entries = (n: number): ChangeEntry[] =>
  Array.from({ length: n }, (_, i) =>
    i % 3 === 0
      ? {
          table: 'records',
          rowId: i + 1,
          recordId: i + 1,
          field: 'title',
          before: `甲${i}`,
          after: i,
        }
      : i % 3 === 1
        ? {
            table: 'field_provenance',
            rowId: 7,
            recordId: 7,
            before: null,
            after: { field: 'unit' },
          }
        : { table: 'notices', rowId: i, recordId: null, form: 'import', after: { notice: i } },
  );

describe('logChanges', () => {
  it.each([0, 1, 2, 3, 7, 64, 65, 130])(
    'logs %i changes as logChange one by one does',
    async (n) => {
      const one = await ledger();
      const all = await ledger();
      const opOf = (l: Ledger) =>
        Number(
          l.db
            .prepare(
              `INSERT INTO operations(kind, summary, created_at, actor, tables)
             VALUES ('edit', '修改', '2024-01-01', 'user', '') RETURNING id`,
            )
            .get()!['id' as never],
        );
      const a = opOf(one);
      for (const c of entries(n)) logChange(one.db, a, c);
      logChanges(all.db, opOf(all), entries(n));
      expect(logRows(all)).toEqual(logRows(one));
      expect(logRows(all)).toHaveLength(n);
    },
  );
});

describe('WriteTx.update', () => {
  /** A record's columns changed by `set`: the log it leaves, and the row after undo and redo. */
  async function afterEdit(set: (tx: WriteTx, id: number) => void) {
    const l = await ledger();
    const first = withOperation(l, { kind: 'import', summary: '导入' }, (tx) =>
      insertImport(tx, zoneNotice, [zoneDraft('甲实验区')]),
    );
    const id = first.recordIds[0]!;
    let opId = 0;
    withOperation(l, { kind: 'edit', summary: '修改' }, (tx) => {
      opId = tx.opId;
      set(tx, id);
    });
    // the row without its times (each ledger's import has its own)
    const row = () => {
      const r = l.db.prepare('SELECT * FROM records WHERE id = ?').get(id) as object;
      return Object.fromEntries(Object.entries(r).filter(([k]) => !k.endsWith('_at')));
    };
    const log = l.db
      .prepare(
        `SELECT table_name, row_id, record_id, field, before, after, form
           FROM operation_changes WHERE op_id = ? ORDER BY id`,
      )
      .all(opId);
    const edited = row();
    undoLast(l.db);
    const undone = row();
    redoNext(l.db);
    return { log, edited, undone, redone: row() };
  }

  it('logs several columns as updating each by itself does', async () => {
    const patch = { title: '乙实验区', town: '某街道', batch: '第二批' };
    const each = await afterEdit((tx, id) => {
      for (const [k, v] of Object.entries(patch)) tx.update('records', id, { [k]: v });
    });
    let changed = -1;
    const once = await afterEdit((tx, id) => {
      // a column set to what it holds is not changed, not logged
      const { kind } = tx.db.prepare('SELECT kind FROM records WHERE id = ?').get(id) as {
        kind: string;
      };
      changed = tx.update('records', id, { ...patch, kind });
    });
    expect(changed).toBe(3);
    expect(once.log).toEqual(each.log);
    expect(once.log).toHaveLength(3);
    expect(once.edited).toEqual(each.edited);
    expect(once.undone).toEqual(each.undone);
    expect(once.redone).toEqual(once.edited);
    expect(once.undone).not.toEqual(once.edited);
  });
});
