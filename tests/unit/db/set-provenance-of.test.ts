/**
 * WriteTx.setProvenanceOf (a later notice's join sets a dozen fields of one record at once)
 * leaves what setting each field by itself leaves: the same provenance rows, and the same
 * log entries in the same order — a field newly sourced, one rewritten, one already so
 * (not written, not logged) — and undo and redo take the ledger back and forth alike.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Ledger } from '../../../src/main/db/ledger';
import { insertImport } from '../../../src/main/db/write/import-rows';
import { redoNext, undoLast } from '../../../src/main/db/write/replay';
import { withOperation } from '../../../src/main/db/write/with-operation';
import type { WriteTx } from '../../../src/main/db/write/write-tx';
import { zoneDraft, zoneNotice } from '../../support/notice-draft';
import { tempLedger } from '../../support/temp-ledger';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const NOTICE = zoneNotice;
const record = zoneDraft;

const FIELDS = ['title', 'unit', 'town', 'region_code', 'batch', 'year', 'programme'];

/**
 * A ledger where record 1 has rows for some fields (one of them already what the join will
 * set), then the join's write by `set`: the ledger's rows and the join's log after it, and
 * after its undo and redo.
 */
async function afterJoin(set: (tx: WriteTx, recordId: number, mentionId: number) => void) {
  const t = await tempLedger();
  cleanups.push(t.cleanup);
  const ledger: Ledger = t.ledger;
  const first = withOperation(ledger, { kind: 'import', summary: '导入' }, (tx) =>
    insertImport(tx, NOTICE, [record('甲实验区')]),
  );
  const recordId = first.recordIds[0]!;
  const later = withOperation(ledger, { kind: 'import', summary: '导入' }, (tx) =>
    insertImport(tx, { ...NOTICE, sha256: 'b'.repeat(64) }, [record('乙实验区')]),
  );
  const mentionId = later.mentionIds[0]!;
  withOperation(ledger, { kind: 'edit', summary: '修改' }, (tx) => {
    tx.setProvenance(recordId, 'unit', null); // rewritten by the join
    tx.setProvenance(recordId, 'town', { mentionId, opId: null }); // already the join's
    tx.setProvenance(recordId, 'batch', { mentionId: null, opId: tx.opId }); // rewritten
  });
  let opId = 0;
  withOperation(ledger, { kind: 'import', summary: '合并' }, (tx) => {
    opId = tx.opId;
    set(tx, recordId, mentionId);
  });
  const db = ledger.db;
  const rows = () =>
    db.prepare('SELECT * FROM field_provenance ORDER BY record_id, field').all() as object[];
  const log = db
    .prepare(
      `SELECT table_name, row_id, record_id, field, before, after, form
         FROM operation_changes WHERE op_id = ? ORDER BY id`,
    )
    .all(opId);
  const stored = rows();
  undoLast(db);
  const undone = rows();
  redoNext(db);
  return { stored, log, undone, redone: rows() };
}

describe('WriteTx.setProvenanceOf', () => {
  it('leaves the rows and the log that setting each field by itself leaves', async () => {
    const one = await afterJoin((tx, recordId, mentionId) => {
      for (const f of FIELDS) tx.setProvenance(recordId, f, { mentionId, opId: null });
    });
    let written = -1;
    const all = await afterJoin((tx, recordId, mentionId) => {
      written = tx.setProvenanceOf(recordId, FIELDS, { mentionId, opId: null });
    });
    expect(all).toEqual(one);
    // every field but the one already so: new rows, and the two rewritten ones
    expect(written).toBe(FIELDS.length - 1);
    expect(one.log).toHaveLength(FIELDS.length - 1);
    expect(one.stored).toEqual(one.redone);
    expect(one.undone).not.toEqual(one.stored);
  });

  it('writes nothing for no fields, and nothing for fields already so', async () => {
    const none = await afterJoin((tx, recordId) => {
      expect(tx.setProvenanceOf(recordId, [], null)).toBe(0);
    });
    expect(none.log).toEqual([]);
    const same = await afterJoin((tx, recordId, mentionId) => {
      expect(tx.setProvenanceOf(recordId, ['town', 'town'], { mentionId, opId: null })).toBe(0);
    });
    expect(same.log).toEqual([]);
  });
});
