/**
 * WriteTx.insertMany writes what inserting each row by itself writes — the same rows, the
 * same ids, in the same order — and logs exactly what `insert` logs: every row outside an
 * import's scope, none of the rows the import owns (its undo takes those with the notice) —
 * a run of logged rows in one statement too.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ledger } from '../../../src/main/db/ledger';
import { insertImport } from '../../../src/main/db/write/import-rows';
import { redoNext, undoLast } from '../../../src/main/db/write/replay';
import { withOperation } from '../../../src/main/db/write/with-operation';
import type { RowImage } from '../../../src/main/db/write/ledger-tables';
import { zoneDraft, zoneNotice } from '../../support/notice-draft';
import { tempLedger } from '../../support/temp-ledger';

let ledger: Ledger;
let cleanup: () => void;
beforeEach(async () => {
  const t = await tempLedger();
  ledger = t.ledger;
  cleanup = t.cleanup;
});
afterEach(() => cleanup());

const NOTICE = zoneNotice;
const record = zoneDraft;

const milestone = (recordId: number | null, noticeId: number, i: number): RowImage => ({
  record_id: recordId,
  notice_id: noticeId,
  rule_id: null,
  kind: 'annual_report',
  due_on: `2024-0${(i % 9) + 1}-01`,
  end_on: null,
  status: 'pending',
  key: `test:${recordId ?? 'n'}:${noticeId}:${i}`,
  updated_at: '2024-01-01T00:00:00.000Z',
});

const milestones = () =>
  ledger.db.prepare('SELECT * FROM milestones ORDER BY id').all() as RowImage[];
const loggedMilestones = (opId: number) =>
  ledger.db
    .prepare(
      "SELECT count(*) AS n FROM operation_changes WHERE op_id = ? AND table_name = 'milestones'",
    )
    .get(opId) as { n: number };

describe('WriteTx.insertMany', () => {
  it('stores the rows an import owns without a log of their own, and its undo takes them', () => {
    // an earlier notice's record: its milestones are not the new import's own
    const earlier = withOperation(ledger, { kind: 'import', summary: '导入' }, (tx) =>
      insertImport(tx, { ...NOTICE, sha256: 'b'.repeat(64) }, [record('早先的实验区')]),
    );
    const other = earlier.recordIds[0]!;
    let opId = 0;
    const rows: RowImage[] = [];
    withOperation(ledger, { kind: 'import', summary: '导入' }, (tx) => {
      opId = tx.opId;
      const w = insertImport(tx, NOTICE, [record('甲实验区'), record('乙实验区')]);
      // 150 rows: more than one statement's chunk, with rows of another record between
      for (let i = 0; i < 150; i++) {
        const owner = i % 50 === 7 ? other : w.recordIds[i % 2]!;
        rows.push(milestone(owner, w.noticeId, i));
      }
      rows.push(milestone(null, w.noticeId, 999)); // the notice's own milestone
      tx.insertMany('milestones', rows);
    });
    const stored = milestones();
    expect(stored.map((m) => m.key)).toEqual(rows.map((r) => r.key));
    expect(stored.map((m) => m.id)).toEqual(rows.map((_, i) => i + 1));
    expect(stored.map((m) => m.record_id)).toEqual(rows.map((r) => r.record_id));
    // only the three rows of the earlier record are logged, as insert logs them
    expect(loggedMilestones(opId).n).toBe(3);

    expect(undoLast(ledger.db)?.kind).toBe('import');
    expect(milestones()).toEqual([]);
    expect(redoNext(ledger.db)?.kind).toBe('import');
    expect(milestones()).toEqual(stored);
  });

  it('logs every row outside an import, as inserting each would', () => {
    const w = withOperation(ledger, { kind: 'import', summary: '导入' }, (tx) =>
      insertImport(tx, NOTICE, [record('甲实验区')]),
    );
    const rows = [0, 1, 2].map((i) => milestone(w.recordIds[0]!, w.noticeId, i));
    const opId = withOperation(ledger, { kind: 'edit', summary: '计划' }, (tx) => {
      tx.insertMany('milestones', rows);
      return tx.opId;
    });
    expect(loggedMilestones(opId).n).toBe(3);
    expect(milestones().map((m) => m.key)).toEqual(rows.map((r) => r.key));
    undoLast(ledger.db);
    expect(milestones()).toEqual([]);
  });

  it('writes a run of logged rows in one statement, with the log of one insert each', () => {
    const w = withOperation(ledger, { kind: 'import', summary: '导入' }, (tx) =>
      insertImport(tx, NOTICE, [record('甲实验区')]),
    );
    const rows = Array.from({ length: 70 }, (_, i) => milestone(w.recordIds[0]!, w.noticeId, i));
    const log = (opId: number) =>
      ledger.db
        .prepare(
          `SELECT table_name, row_id, record_id, field, before, after FROM operation_changes
            WHERE op_id = ? ORDER BY id`,
        )
        .all(opId);
    const inserts: string[] = [];
    const prepare = ledger.db.prepare.bind(ledger.db);
    ledger.db.prepare = ((sql: string) => {
      if (sql.startsWith('INSERT INTO "milestones"')) inserts.push(sql);
      return prepare(sql);
    }) as typeof ledger.db.prepare;
    const many = withOperation(ledger, { kind: 'edit', summary: '计划' }, (tx) => {
      tx.insertMany('milestones', rows);
      return tx.opId;
    });
    ledger.db.prepare = prepare;
    const stored = milestones();
    const logged = log(many);
    undoLast(ledger.db);
    const one = withOperation(ledger, { kind: 'edit', summary: '计划' }, (tx) => {
      for (const r of rows) tx.insert('milestones', r);
      return tx.opId;
    });
    expect(milestones()).toEqual(stored);
    expect(log(one)).toEqual(logged);
    expect(logged).toHaveLength(70);
    // two statements (64 rows and 6), each returning its rows for the log
    expect(inserts).toHaveLength(2);
    for (const sql of inserts) expect(sql).toMatch(/\), \(.*RETURNING \*$/s);
  });
});
