/**
 * An edit returns its records as the grid shows them (gridRecordsByIds, at most 500): a paste
 * or a bulk edit over hundreds of records must not fail building that answer — the ids were
 * once one OR'd condition each, and SQLite refused the statement past ~470 of them (its
 * expression tree at most 1000 deep), so the whole edit rolled back.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ledger } from '../../../src/main/db/ledger';
import { applyEdits, deleteRecords } from '../../../src/main/app/records/edit-records';
import { gridRecordsByIds } from '../../../src/main/db/queries/records';
import { undoLast } from '../../../src/main/db/write/replay';
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

const imported = (n: number) => importedZones(ledger, n).recordIds;

describe('the records an edit returns', () => {
  it('a paste over 600 records is written and answers with the first 500 as the grid shows them', () => {
    const ids = imported(600);
    const start = ledgerFingerprint(ledger.db, { log: false });
    const out = applyEdits(
      ledger,
      ids.map((id, i) => ({ id, field: 'batch' as const, value: `第${(i % 9) + 1}批` })),
      'paste',
    );
    expect(out.changed).toBe(600);
    expect(out.records.map((r) => r.id)).toEqual(ids.slice(0, 500));
    expect(out.records[3]!.batch).toBe('第4批');
    expect(out.records[0]!.mentions).toHaveLength(1);
    undoLast(ledger.db);
    expect(ledgerFingerprint(ledger.db, { log: false })).toBe(start);
  });

  it('answers in id order, the deleted records left out', () => {
    const ids = imported(5);
    deleteRecords(ledger, [ids[2]!]);
    const shown = gridRecordsByIds(ledger.db, [ids[4]!, ids[2]!, ids[0]!]);
    expect(shown.map((r) => r.id)).toEqual([ids[0], ids[4]]);
    expect(shown.every((r) => r.hasWarnings === false && r.hasDuplicates === false)).toBe(true);
  });
});
