/**
 * Duplicate finding. Two rows:
 * - the whole ledger (blocking + scoring + grouping) against the floor of reading it:
 *   building the per-record features alone;
 * - a 2,000-record sample, blocked against naive all-pairs scoring of the same sample —
 *   the speed-up blocking buys (it grows with n: all-pairs is quadratic).
 * Regions are the truth the generator knows (the resolver's own speed has its own row).
 */
import { findDuplicateCandidates, type DedupeRecord } from '../../../src/main/core/dedupe';
import { buildFeatures } from '../../../src/main/core/dedupe/feature-index';
import { identityRegions } from '../../../src/main/core/dedupe/region';
import { scorePair } from '../../../src/main/core/dedupe/score';
import { ledgerRecords } from '../fixtures';
import { registerBench } from '../registry';

const allPairs = (recs: readonly DedupeRecord[]) => {
  const fs = buildFeatures(recs, identityRegions);
  for (let i = 0; i < fs.length; i++)
    for (let j = i + 1; j < fs.length; j++) scorePair(fs[i]!, fs[j]!, { high: 0.92, low: 0.65 });
};

const rows = [
  {
    name: 'dedupe-ledger',
    label: 'Duplicate candidates + scoring + groups (findDuplicateCandidates)',
    baselineName: 'building per-record features only (the floor)',
    maxMs: 5_000,
    scales: [10_000, 100_000],
    baseline: (recs: readonly DedupeRecord[]) => void buildFeatures(recs, identityRegions),
  },
  {
    name: 'dedupe-sample-vs-all-pairs',
    label: 'Duplicate finding on a 2,000-record sample (blocked)',
    baselineName: 'naive all-pairs scoring of the same sample',
    maxMs: 500,
    scales: [2_000, 2_000],
    baseline: allPairs,
  },
] as const;

for (const row of rows) {
  registerBench<{ recs: DedupeRecord[] }>({
    name: row.name,
    label: row.label,
    baselineName: row.baselineName,
    target: { maxMs: row.maxMs },
    quickScale: row.scales[0],
    fullScale: row.scales[1],
    runs: { quick: 3, full: 3 },
    async setup(ctx) {
      return { recs: await ledgerRecords(ctx, ctx.scale) };
    },
    run(s) {
      findDuplicateCandidates(s.recs, { regions: identityRegions });
    },
    baseline(s) {
      row.baseline(s.recs);
    },
  });
}
