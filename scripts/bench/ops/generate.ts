/**
 * The synthetic ledger generator (tests and every other row start from it): N records with
 * labelled duplicates, non-duplicates and related pairs. Baseline: allocating N plain record
 * objects from the same region pool, the floor of any generator.
 */
import { generateLedger, loadRegionPool, type RegionPool } from '../../../tests/support/generate';
import { registerBench } from '../registry';

type Pool = RegionPool;

registerBench<{ pool: Pool; size: number; seed: number }>({
  name: 'generate-ledger',
  label: 'Synthetic ledger generator (generateLedger, labelled pairs)',
  baselineName: 'N plain record objects from the same region pool',
  target: { maxMs: 20_000 },
  quickScale: 10_000,
  fullScale: 100_000,
  runs: { quick: 3, full: 3 },
  async setup(ctx) {
    return { pool: await loadRegionPool(), size: ctx.scale, seed: ctx.seed };
  },
  run(s) {
    const g = generateLedger({ seed: s.seed, size: s.size }, s.pool);
    if (g.records.length !== s.size) throw new Error(`generated ${g.records.length} records`);
  },
  baseline(s) {
    const counties = s.pool.counties;
    const out: { i: number; county: unknown; title: string }[] = [];
    for (let i = 0; i < s.size; i++)
      out.push({ i, county: counties[i % counties.length], title: `第${i}号` });
    return out.length;
  },
});
