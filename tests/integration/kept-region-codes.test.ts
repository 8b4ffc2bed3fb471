/**
 * One notice's import reads the live region codes of its cities once: its identity check
 * before it writes, its duplicate check after, told what the notice wrote
 * (app/dedupe/nearby-codes.ts). After the writes the kept codes must hold every code a
 * fresh read gives — including codes only the new records are filed under.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keptRegionCodes } from '../../src/main/app/dedupe/nearby-codes';
import { liveRegionCodes, regionCodesOfRecords } from '../../src/main/db/queries/region-codes';
import { writeImport } from '../../src/main/db/write/import-rows';
import { generateLedger, loadRegionPool, toImportBatches } from '../support/generate';
import { tempLedger } from '../support/temp-ledger';

let t: Awaited<ReturnType<typeof tempLedger>>;
let later: ReturnType<typeof toImportBatches>;

beforeAll(async () => {
  t = await tempLedger();
  const g = generateLedger({ seed: 31, size: 600 }, await loadRegionPool());
  const batches = toImportBatches(g.records, { seed: 31, perNotice: 100 });
  for (const b of batches.slice(0, 3)) writeImport(t.ledger.db, b.notice, b.records);
  later = batches.slice(3);
}, 120_000);
afterAll(() => t?.cleanup());

const maxId = () =>
  (t.ledger.db.prepare('SELECT coalesce(max(id), 0) AS n FROM records').get() as { n: number }).n;

describe('live region codes kept for one notice', () => {
  it('hold after the notice’s writes every code a fresh read gives', () => {
    const db = t.ledger.db;
    const prefixes = [
      ...new Set(
        later.flatMap((b) =>
          b.records.flatMap((r) => {
            const c = r.fields.region_code;
            return typeof c === 'string' && c.length >= 4 ? [c.slice(0, 4)] : [];
          }),
        ),
      ),
    ];
    const kept = keptRegionCodes(db);
    const before = new Set(kept(prefixes));
    const from = maxId();
    for (const b of later) writeImport(db, b.notice, b.records);
    const ids = Array.from({ length: maxId() - from }, (_, i) => from + i + 1);
    const fresh = liveRegionCodes(db, prefixes);
    // the new records bring codes the first read did not have: the check is not vacuous
    expect(fresh.filter((c) => !before.has(c)).length).toBeGreaterThan(0);
    expect(new Set(kept(prefixes))).toEqual(before);
    kept.wrote(regionCodesOfRecords(db, ids));
    expect(new Set(kept(prefixes))).toEqual(new Set(fresh));
  });
});
