/**
 * An import's duplicate check on a ledger past WHOLE_LEDGER_BELOW reads only the records
 * its new ones can pair with (app/dedupe/dedupe-pool.ts). On a generated ledger with
 * labelled duplicates it must find every pair the whole-ledger finder finds for the same
 * records, while reading a small part of the ledger.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dedupeRecordsNear } from '../../src/main/app/dedupe/dedupe-pool';
import { regionMapper } from '../../src/main/app/dedupe/nearby-codes';
import { findDuplicateCandidates } from '../../src/main/core/dedupe';
import { loadDedupeRecords, WHOLE_LEDGER_BELOW } from '../../src/main/db/queries/duplicates';
import { writeImport } from '../../src/main/db/write/import-rows';
import { generateLedger, loadRegionPool, toImportBatches } from '../support/generate';
import { tempLedger } from '../support/temp-ledger';

const SIZE = 3_000;
let t: Awaited<ReturnType<typeof tempLedger>>;

beforeAll(async () => {
  t = await tempLedger();
  const g = generateLedger({ seed: 23, size: SIZE }, await loadRegionPool());
  for (const b of toImportBatches(g.records, { seed: 23, perNotice: 100 }))
    writeImport(t.ledger.db, b.notice, b.records);
}, 120_000);
afterAll(() => t?.cleanup());

const pairKeys = (ps: readonly { a: number; b: number }[]) =>
  ps.map((p) => `${Math.min(p.a, p.b)}:${Math.max(p.a, p.b)}`).sort();

describe('duplicate check of an import on a large ledger', () => {
  it('reads a small part of the ledger and finds every pair the whole ledger gives', () => {
    const db = t.ledger.db;
    const all = loadDedupeRecords(db);
    expect(all.length).toBeGreaterThanOrEqual(WHOLE_LEDGER_BELOW);
    let seen = 0;
    // Several "imports": 30 records spread over the ledger each, as a notice's would be.
    for (let start = 0; start < 5; start++) {
      const focus = all.filter((_, i) => i % 97 === start * 7).map((r) => r.id);
      const focusIds = new Set(focus);
      const pool = dedupeRecordsNear(db, focus).rows;
      expect(pool.length).toBeLessThan(all.length / 3);
      expect(pool.map((r) => r.id)).toEqual(expect.arrayContaining(focus));
      const opts = { regions: regionMapper(), focusIds };
      const whole = findDuplicateCandidates(all, opts);
      const near = findDuplicateCandidates(pool, opts);
      expect(pairKeys(near.pairs)).toEqual(expect.arrayContaining(pairKeys(whole.pairs)));
      seen += whole.pairs.length;
    }
    // The generated ledger has labelled duplicates: the comparison is not vacuous.
    expect(seen).toBeGreaterThan(0);
  });
});
