/**
 * The undo log written several changes to a statement (logChanges) stays the operation's
 * record when the operation fails: a failed operation, a failed statement inside one, a
 * nested operation (a savepoint) rolled back, leave ledger and log as they were; a chunk's
 * edges (64, 65 changes) and a long text value undo and redo exactly.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ledger } from '../../../src/main/db/ledger';
import { applyEdits } from '../../../src/main/app/records/edit-records';
import { redoNext, undoLast, undoTo } from '../../../src/main/db/write/replay';
import { withOperation } from '../../../src/main/db/write/with-operation';
import type { RowImage } from '../../../src/main/db/write/ledger-tables';
import { ledgerFingerprint } from '../../support/ledger-fingerprint';
import { importedZones } from '../../support/notice-draft';
import { tempLedger } from '../../support/temp-ledger';

let ledger: Ledger;
let cleanup: () => void;
beforeEach(async () => {
  const t = await tempLedger();
  ledger = t.ledger;
  cleanup = t.cleanup;
});
afterEach(() => cleanup());

const milestone = (recordId: number, noticeId: number, key: string): RowImage => ({
  record_id: recordId,
  notice_id: noticeId,
  rule_id: null,
  kind: 'annual_report',
  due_on: '2024-03-01',
  end_on: null,
  status: 'pending',
  key,
  updated_at: '2024-01-01T00:00:00.000Z',
});

const imported = (n: number) => importedZones(ledger, n);

const logOf = (opId: number) =>
  ledger.db.prepare('SELECT * FROM operation_changes WHERE op_id = ? ORDER BY id').all(opId);

describe('the undo log when an operation fails midway', () => {
  it('leaves ledger and log as they were when the operation throws after batched logs', () => {
    const w = imported(3);
    const before = ledgerFingerprint(ledger.db);
    expect(() =>
      withOperation(ledger, { kind: 'edit', summary: '改' }, (tx) => {
        tx.update('records', w.recordIds[0]!, { title: '乙', town: '某镇', batch: '第二批' });
        tx.setProvenanceOf(w.recordIds[0]!, ['title', 'town', 'batch'], {
          mentionId: null,
          opId: tx.opId,
        });
        tx.insertMany(
          'milestones',
          Array.from({ length: 65 }, (_, i) => milestone(w.recordIds[1]!, w.noticeId, `k${i}`)),
        );
        throw new Error('crash between statements');
      }),
    ).toThrow('crash between statements');
    expect(ledgerFingerprint(ledger.db)).toBe(before);
  });

  it('a constraint error in a later row of a batch, caught, keeps the first statement and its log whole', () => {
    const w = imported(1);
    const start = ledgerFingerprint(ledger.db, { log: false });
    const rows = Array.from({ length: 70 }, (_, i) =>
      // the 67th row repeats the 66th's key: the second statement (rows 65–70) fails
      milestone(w.recordIds[0]!, w.noticeId, i === 66 ? 'k65' : `k${i}`),
    );
    const opId = withOperation(ledger, { kind: 'edit', summary: '计划' }, (tx) => {
      expect(() => tx.insertMany('milestones', rows)).toThrow(/UNIQUE/);
      return tx.opId;
    });
    const stored = ledger.db.prepare('SELECT key FROM milestones ORDER BY id').pluck().all();
    expect(stored).toEqual(rows.slice(0, 64).map((r) => r.key));
    const logged = logOf(opId) as { row_id: number }[];
    expect(logged).toHaveLength(64);
    undoLast(ledger.db);
    expect(ledgerFingerprint(ledger.db, { log: false })).toBe(start);
  });

  it('a nested operation rolled back leaves none of its rows and none of its log', () => {
    const w = imported(2);
    const start = ledgerFingerprint(ledger.db, { log: false });
    const outer = withOperation(ledger, { kind: 'edit', summary: '外' }, (tx) => {
      tx.update('records', w.recordIds[0]!, { title: '外一', town: '甲镇' });
      expect(() =>
        withOperation(ledger, { kind: 'merge', summary: '内', actor: 'auto' }, (inner) => {
          inner.update('records', w.recordIds[1]!, { title: '内', town: '乙镇' });
          inner.insertMany(
            'milestones',
            Array.from({ length: 65 }, (_, i) => milestone(w.recordIds[1]!, w.noticeId, `n${i}`)),
          );
          throw new Error('inner fails');
        }),
      ).toThrow('inner fails');
      tx.update('records', w.recordIds[0]!, { batch: '第三批' });
      return tx.opId;
    });
    expect(ledger.db.prepare('SELECT count(*) FROM milestones').pluck().get()).toBe(0);
    expect((logOf(outer) as { field: string }[]).map((c) => c.field)).toEqual([
      'title',
      'town',
      'batch',
    ]);
    // no change of any operation but the import and the outer one
    expect(
      ledger.db
        .prepare('SELECT DISTINCT op_id FROM operation_changes ORDER BY op_id')
        .pluck()
        .all(),
    ).toEqual([outer - 1, outer]);
    undoLast(ledger.db);
    expect(ledgerFingerprint(ledger.db, { log: false })).toBe(start);
  });
});

describe('the undo log at a chunk’s edges and with long values', () => {
  for (const n of [64, 65, 129]) {
    it(`undoes and redoes ${n} logged rows of one insertMany exactly`, () => {
      const w = imported(1);
      const start = ledgerFingerprint(ledger.db, { log: false });
      withOperation(ledger, { kind: 'edit', summary: '计划' }, (tx) =>
        tx.insertMany(
          'milestones',
          Array.from({ length: n }, (_, i) => milestone(w.recordIds[0]!, w.noticeId, `k${i}`)),
        ),
      );
      const done = ledgerFingerprint(ledger.db, { log: false });
      expect(ledger.db.prepare('SELECT count(*) FROM milestones').pluck().get()).toBe(n);
      undoLast(ledger.db);
      expect(ledgerFingerprint(ledger.db, { log: false })).toBe(start);
      redoNext(ledger.db);
      expect(ledgerFingerprint(ledger.db, { log: false })).toBe(done);
    });
  }

  it('a paste of many cells with a long text among them undoes to the start exactly', () => {
    const w = imported(200);
    const start = ledgerFingerprint(ledger.db, { log: false });
    const long = '很长的备注'.repeat(400_000); // 2 million characters, 6 MB
    const first = applyEdits(
      ledger,
      w.recordIds.flatMap((id, i) => [
        { id, field: 'title' as const, value: `粘贴${i}实验区` },
        { id, field: 'unit' as const, value: `${i}单位` },
        { id, field: 'content' as const, value: i === 7 ? long : `备注${i}` },
      ]),
      'paste',
    );
    expect(first.changed).toBe(600);
    const pasted = ledgerFingerprint(ledger.db, { log: false });
    applyEdits(ledger, [{ id: w.recordIds[7]!, field: 'content', value: long + '又' }], 'edit');
    undoTo(ledger.db, first.opId!);
    expect(ledgerFingerprint(ledger.db, { log: false })).toBe(start);
    redoNext(ledger.db);
    expect(ledgerFingerprint(ledger.db, { log: false })).toBe(pasted);
  });
});
