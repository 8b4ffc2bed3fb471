/**
 * Duplicate finding. Two rows:
 * - the whole ledger (blocking + scoring + grouping) against the floor of reading it:
 *   building the per-record features alone;
 * - a 2,000-record sample, blocked against naive all-pairs scoring of the same sample —
 *   the speed-up blocking buys (it grows with n: all-pairs is quadratic).
 * Regions are the truth the generator knows (the resolver's own speed has its own row).
 */
import { findDuplicateCandidates, type DedupeRecord } from '../../../src/main/core/dedupe';
import { buildFeatures } from '../../../src/main/core/dedupe/features';
import { identityRegions } from '../../../src/main/core/dedupe/region';
import { scorePair } from '../../../src/main/core/dedupe/score';
import { generated } from '../fixtures';
import { registerBench } from '../registry';
import type { BenchContext } from '../types';

async function records(ctx: BenchContext, size: number): Promise<DedupeRecord[]> {
  const g = await generated(ctx, size);
  return g.records.map((r, i) => ({
    id: i + 1,
    kind: r.kind,
    programme: r.programme,
    year: r.year,
    batch: r.batch,
    regionCode: r.regionCode.slice(0, 6),
    unitCode: r.unitCode,
    town: r.town,
    title: r.title,
  }));
}

registerBench<{ recs: DedupeRecord[] }>({
  name: 'dedupe-ledger',
  label: 'Duplicate candidates + scoring + groups (findDuplicateCandidates)',
  baselineName: 'building per-record features only (the floor)',
  target: { maxMs: 5_000 },
  quickScale: 10_000,
  fullScale: 100_000,
  runs: { quick: 3, full: 3 },
  async setup(ctx) {
    return { recs: await records(ctx, ctx.scale) };
  },
  run(s) {
    findDuplicateCandidates(s.recs, { regions: identityRegions });
  },
  baseline(s) {
    buildFeatures(s.recs, identityRegions);
  },
});

registerBench<{ recs: DedupeRecord[] }>({
  name: 'dedupe-sample-vs-all-pairs',
  label: 'Duplicate finding on a 2,000-record sample (blocked)',
  baselineName: 'naive all-pairs scoring of the same sample',
  target: { maxMs: 500 },
  quickScale: 2_000,
  fullScale: 2_000,
  runs: { quick: 3, full: 3 },
  async setup(ctx) {
    return { recs: await records(ctx, ctx.scale) };
  },
  run(s) {
    findDuplicateCandidates(s.recs, { regions: identityRegions });
  },
  baseline(s) {
    const fs = buildFeatures(s.recs, identityRegions);
    for (let i = 0; i < fs.length; i++) for (let j = i + 1; j < fs.length; j++) scorePair(fs[i]!, fs[j]!, { high: 0.92, low: 0.65 });
  },
});
