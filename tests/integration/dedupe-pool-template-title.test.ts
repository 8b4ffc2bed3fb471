/**
 * A title that hundreds of records carry across the country (a template title) pairs
 * nothing by itself in the finder's title pass (candidates.ts, MAX_TITLE_GROUP), so a large
 * ledger's check does not read the far records that carry it; the ones filed near the new
 * record still come by their codes. A title carried by fewer still brings every record
 * that has it, wherever it is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dedupeRecordsNear } from '../../src/main/app/dedupe/dedupe-pool';
import { regionMapper } from '../../src/main/app/dedupe/nearby-codes';
import { findDuplicateCandidates } from '../../src/main/core/dedupe';
import { MAX_TITLE_GROUP } from '../../src/main/core/dedupe/candidates';
import { loadDedupeRecords, WHOLE_LEDGER_BELOW } from '../../src/main/db/queries/duplicates';
import { writeImport } from '../../src/main/db/write/import-rows';
import {
  generateLedger,
  loadRegionPool,
  toImportBatches,
  type GeneratedRecord,
} from '../support/generate';
import { tempLedger } from '../support/temp-ledger';

const TEMPLATE = '构建共建共治共享社区治理工作体系';
const SPARSE = '推行楼栋议事小组协商工作机制';
/** carried far away by more records than the title pass pairs, and by fewer */
const MANY = MAX_TITLE_GROUP + 40;
const FEW = MAX_TITLE_GROUP - 60;

let t: Awaited<ReturnType<typeof tempLedger>>;
/** each title's home city (4-digit prefix) */
const homes = new Map<string, string>();

const city = (r: GeneratedRecord) => r.regionCode.slice(0, 4);

beforeAll(async () => {
  t = await tempLedger();
  const g = generateLedger({ seed: 41, size: WHOLE_LEDGER_BELOW + 600 }, await loadRegionPool());
  const recs = g.records.map((r) => ({ ...r }));
  // two home counties, each with one record twice under one title; far records (another
  // city) carry the title too
  const homeOf = (title: string, at: number, far: number) => {
    const home = recs[at]!;
    const twin = recs[at + 1]!;
    // the same item in the same list twice: a duplicate pair the check must still find
    Object.assign(twin, {
      kind: home.kind,
      programme: home.programme,
      year: home.year,
      batch: home.batch,
      regionText: home.regionText,
      regionCode: home.regionCode,
      unitCode: home.unitCode,
      province: home.province,
      city: home.city,
      county: home.county,
      town: home.town,
    });
    home.title = title;
    twin.title = title;
    let n = 0;
    // the first four are the two homes' records
    for (const r of recs.slice(4))
      if (n < far && r.title !== TEMPLATE && city(r) !== city(home)) {
        r.title = title;
        n++;
      }
    expect(n).toBe(far);
    homes.set(title, city(home));
  };
  homeOf(TEMPLATE, 0, MANY);
  homeOf(SPARSE, 2, FEW);
  for (const b of toImportBatches(recs, { seed: 41, perNotice: 100 }))
    writeImport(t.ledger.db, b.notice, b.records);
}, 120_000);
afterAll(() => t?.cleanup());

/** The records of a title: the home county's two, then the far ones. */
function carriers(title: string) {
  const rows = loadDedupeRecords(t.ledger.db).filter((r) => r.title === title);
  const near = rows.filter((r) => r.regionCode?.startsWith(homes.get(title)!));
  expect(near.length).toBe(2);
  const far = rows.filter((r) => !near.includes(r));
  return { focus: near[0]!.id, twin: near[1]!.id, far: far.map((r) => r.id) };
}

const pairKeys = (ps: readonly { a: number; b: number }[]) =>
  ps.map((p) => `${Math.min(p.a, p.b)}:${Math.max(p.a, p.b)}`).sort();

describe("a large ledger's check and a title carried across the country", () => {
  it('reads none of the far carriers of a template title, and every carrier of a rarer one', () => {
    const db = t.ledger.db;
    const all = loadDedupeRecords(db);
    expect(all.length).toBeGreaterThanOrEqual(WHOLE_LEDGER_BELOW);
    const template = carriers(TEMPLATE);
    const sparse = carriers(SPARSE);
    expect(template.far.length).toBe(MANY);
    expect(sparse.far.length).toBe(FEW);

    const read = (focus: number) => new Set(dedupeRecordsNear(db, [focus]).rows.map((r) => r.id));
    const templatePool = read(template.focus);
    // the twin is filed in the same county: read by its code
    expect(templatePool.has(template.twin)).toBe(true);
    expect(template.far.filter((id) => templatePool.has(id))).toEqual([]);
    const sparsePool = read(sparse.focus);
    expect(sparsePool.has(sparse.twin)).toBe(true);
    expect(sparse.far.filter((id) => !sparsePool.has(id))).toEqual([]);

    // and the check still finds every pair the whole ledger gives the new record
    for (const focus of [template.focus, sparse.focus]) {
      const opts = { regions: regionMapper(), focusIds: new Set([focus]) };
      const whole = findDuplicateCandidates(all, opts);
      const near = findDuplicateCandidates(dedupeRecordsNear(db, [focus]).rows, opts);
      expect(pairKeys(near.pairs)).toEqual(expect.arrayContaining(pairKeys(whole.pairs)));
      expect(whole.pairs.length).toBeGreaterThan(0);
    }
  });
});
