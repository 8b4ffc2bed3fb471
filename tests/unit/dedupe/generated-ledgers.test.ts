/**
 * Precision and recall on the synthetic ledgers with labelled duplicates
 * (tests/support/generate), the speed-up of blocking over naive all-pairs, and the
 * 100 k budget (candidates + scoring ≤ 5 s on one core). Numbers are printed so the
 * report can quote them.
 */
import { describe, expect, it } from 'vitest';
import {
  autoMergeGroups,
  findDuplicateCandidates,
  gazetteerRegions,
  type DedupeRecord,
} from '../../../src/main/core/dedupe';
import { buildFeatures } from '../../../src/main/core/dedupe/feature-index';
import { scorePair } from '../../../src/main/core/dedupe/score';
import { resolveRegion } from '../../../src/main/core/gazetteer';
import { generateLedger, loadRegionPool, type GeneratedLedger } from '../../support/generate';

/** Records as the importer would store them: regions resolved from the text, not the truth. */
function asStored(g: GeneratedLedger): DedupeRecord[] {
  const cache = new Map<string, ReturnType<typeof resolveRegion>>();
  return g.records.map((r, i) => {
    let res = cache.get(r.regionText);
    if (!res) cache.set(r.regionText, (res = resolveRegion(r.regionText)));
    return {
      id: i + 1,
      kind: r.kind,
      programme: r.programme,
      year: r.year,
      batch: r.batch,
      regionCode: res.regionCode,
      unitCode: res.code,
      town: res.names.town,
      title: r.title,
    };
  });
}

/** The stored codes an import would have reached (the generator's truth). */
const truthCoded = (r: GeneratedLedger['records'][number], i: number): DedupeRecord => ({
  id: i + 1,
  kind: r.kind,
  programme: r.programme,
  year: r.year,
  batch: r.batch,
  regionCode: r.regionCode.slice(0, 6),
  unitCode: r.unitCode,
  town: r.town,
  title: r.title,
});

const key = (a: number, b: number) => (a < b ? `${a}:${b}` : `${b}:${a}`);

describe('synthetic ledgers with labelled duplicates', () => {
  it.each([1_000, 10_000])(
    '%i records: precision and recall',
    async (size) => {
      const g = generateLedger({ seed: 11, size }, await loadRegionPool());
      const recs = asStored(g);
      const r = findDuplicateCandidates(recs, { regions: gazetteerRegions() });
      const truth = new Set(g.duplicatePairs.map(([a, b]) => key(a + 1, b + 1)));
      const hard = new Set(g.notDuplicatePairs.map(([a, b]) => key(a + 1, b + 1)));
      const related = new Set(g.relatedPairs.map(([a, b]) => key(a + 1, b + 1)));
      const measure = (pairs: { a: number; b: number }[], want: Set<string>) => {
        const tp = pairs.filter((p) => want.has(key(p.a, p.b))).length;
        return {
          proposed: pairs.length,
          precision: tp / Math.max(pairs.length, 1),
          recall: tp / Math.max(want.size, 1),
        };
      };
      const auto = autoMergeGroups(r).flatMap((grp) => {
        const out: { a: number; b: number }[] = [];
        grp.recordIds.forEach((x, i) =>
          grp.recordIds.slice(i + 1).forEach((y) => out.push({ a: x, b: y })),
        );
        return out;
      });
      const review = measure(r.pairs, truth);
      const automatic = measure(auto, truth);
      const links = measure(r.related, related);
      console.log(
        `dedupe ${size}: review ${JSON.stringify(review)} auto ${JSON.stringify(automatic)} related ${JSON.stringify(links)} candidates ${r.stats.candidates} ${r.stats.ms.toFixed(0)} ms`,
      );
      expect(r.pairs.filter((p) => hard.has(key(p.a, p.b)))).toEqual([]); // hard negatives never proposed
      expect(review.recall).toBeGreaterThanOrEqual(0.99);
      expect(review.precision).toBeGreaterThanOrEqual(0.97);
      expect(automatic.precision).toBeGreaterThanOrEqual(0.999);
      expect(automatic.recall).toBeGreaterThanOrEqual(0.98);
      expect(links.recall).toBeGreaterThanOrEqual(0.8);
    },
    180_000,
  );

  it('blocking finds what naive all-pairs finds, far faster (2,000 records)', async () => {
    const g = generateLedger({ seed: 12, size: 2_000 }, await loadRegionPool());
    const recs = asStored(g);
    const regions = gazetteerRegions();
    const t0 = performance.now();
    const blocked = findDuplicateCandidates(recs, { regions });
    const blockedMs = performance.now() - t0;
    const t1 = performance.now();
    const fs = buildFeatures(recs, regions); // naive pays for features too
    const naive = new Set<string>();
    for (let i = 0; i < fs.length; i++)
      for (let j = i + 1; j < fs.length; j++) {
        const v = scorePair(fs[i]!, fs[j]!, { high: 0.92, low: 0.65 });
        if (v.duplicate) naive.add(key(v.duplicate.a, v.duplicate.b));
      }
    const naiveMs = performance.now() - t1;
    const found = new Set(blocked.pairs.map((p) => key(p.a, p.b)));
    const missed = [...naive].filter((k) => !found.has(k));
    // Naive grows with n², blocking with n: at 100 k the gap is (100 k / 2 k)² / 50 = 50× wider.
    console.log(
      `dedupe 2000: naive ${naiveMs.toFixed(0)} ms (${(fs.length * (fs.length - 1)) / 2} pairs), blocked ${blockedMs.toFixed(0)} ms (${blocked.stats.candidates} pairs), ` +
        `speed-up ${(naiveMs / blockedMs).toFixed(1)}×, pairs scored ${((fs.length * (fs.length - 1)) / 2 / blocked.stats.candidates).toFixed(0)}× fewer, ` +
        `naive at 100 k ≈ ${((naiveMs * 2500) / 1000).toFixed(0)} s, naive-only duplicates ${missed.length}`,
    );
    expect(missed.length).toBeLessThanOrEqual(Math.ceil(naive.size * 0.01));
    // The work saved is counted in pairs scored, not in seconds (the bench times it).
    expect(blocked.stats.candidates * 50).toBeLessThan((fs.length * (fs.length - 1)) / 2);
  }, 180_000);

  it('100,000 records: the pairs scored grow with the ledger, not with its square', async () => {
    const g = generateLedger({ seed: 13, size: 100_000 }, await loadRegionPool());
    // The stored codes an import would have reached (the generator's truth), to time the finder alone.
    const recs: DedupeRecord[] = g.records.map(truthCoded);
    const regions = gazetteerRegions();
    const r = findDuplicateCandidates(recs, { regions });
    console.log(
      `dedupe 100000: ${r.stats.ms.toFixed(0)} ms, ${r.stats.candidates} candidate pairs, ${r.pairs.length} duplicate pairs, ${r.groups.length} groups`,
    );
    // Counted in pairs scored, not seconds (the bench's dedupe-100k row times it): blocking
    // scores at least a thousand times fewer pairs than all-pairs would.
    const allPairs = (recs.length * (recs.length - 1)) / 2;
    expect(r.stats.candidates * 1000).toBeLessThan(allPairs);
    expect(r.groups.length).toBeGreaterThan(5_000);
    // County blocks grow with the ledger; sub-blocking keeps the pairs from growing with
    // their square: ten times the records, at most twenty times the pairs (it was fifty).
    const small = generateLedger({ seed: 13, size: 10_000 }, await loadRegionPool());
    const smallPairs = findDuplicateCandidates(small.records.map(truthCoded), { regions }).stats
      .candidates;
    console.log(`dedupe 10000 → 100000: ${smallPairs} → ${r.stats.candidates} candidate pairs`);
    expect(r.stats.candidates).toBeLessThan(20 * smallPairs);
    // … and finds the labelled duplicates as whole county blocks did.
    const truth = new Set(g.duplicatePairs.map(([a, b]) => key(a + 1, b + 1)));
    const found = r.pairs.filter((p) => truth.has(key(p.a, p.b))).length;
    expect(found / truth.size).toBeGreaterThanOrEqual(0.999);
  }, 300_000);
});
