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
import {
  generateLedger,
  loadRegionPool,
  toImportBatches,
  type ImportBatch,
} from '../support/generate';
import type { RecordDraft } from '../../src/shared/ledger-drafts';
import { tempLedger } from '../support/temp-ledger';

const SIZE = 3_000;
let t: Awaited<ReturnType<typeof tempLedger>>;
let batches: ImportBatch[];

beforeAll(async () => {
  t = await tempLedger();
  const g = generateLedger({ seed: 23, size: SIZE }, await loadRegionPool());
  batches = toImportBatches(g.records, { seed: 23, perNotice: 100 });
  for (const b of batches) writeImport(t.ledger.db, b.notice, b.records);
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

describe('a province’s own record on a ledger with many records placed nowhere', () => {
  // Past ALL_UNPLACED_UP_TO records placed nowhere the check no longer reads them all, and an
  // untitled record at a province's code (江苏 in a list of pilot provinces) has no title to
  // point at its partner: it reads the records filed at its province's code.
  const untitled = (d: RecordDraft, over: RecordDraft['fields']): RecordDraft => ({
    ...d,
    fields: { ...d.fields, title: null, content: null, town: null, ...over },
  });
  const province = (d: RecordDraft, programme: string) =>
    untitled(d, {
      programme,
      region_text: '江苏',
      region_code: '320000',
      unit_code: '320000',
      province: '江苏省',
      city: null,
      county: null,
    });

  it('reads the province’s other records at its code', () => {
    const db = t.ledger.db;
    const b = batches[0]!;
    const d = b.records[0]!;
    const nowhere = Array.from({ length: 520 }, (_, i) => ({
      ...untitled(d, { region_text: null, region_code: null, unit_code: null }),
      fields: {
        ...d.fields,
        region_text: null,
        region_code: null,
        unit_code: null,
        title: `某项目${i}`,
      },
    }));
    writeImport(db, { ...b.notice, sha256: 'nowhere' }, nowhere);
    const [earlier] = writeImport(db, { ...b.notice, sha256: 'earlier' }, [
      province(d, '国家新型城镇化综合试点'),
    ]).recordIds;
    const [later] = writeImport(db, { ...b.notice, sha256: 'later' }, [
      province(d, '农村集体产权制度改革试点单位'),
    ]).recordIds;
    const pool = dedupeRecordsNear(db, [later!]).rows;
    expect(pool.map((r) => r.id)).toContain(earlier);
    const found = findDuplicateCandidates(pool, {
      regions: regionMapper(),
      focusIds: new Set([later!]),
    });
    expect(found.related.map((r) => [r.a, r.b, r.relation])).toEqual([
      [earlier, later, 'same_place_other_programme'],
    ]);
  });
});
