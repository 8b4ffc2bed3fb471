import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  createRng,
  fallbackPool,
  generateLedger,
  LEDGER_SIZES,
  loadRegionPool,
  mulberry32,
} from '../../support/generate';

describe('seeded PRNG', () => {
  it('mulberry32 gives the same stream for the same seed and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(mulberry32(42)());
  });

  it('int stays within its bounds; forks are independent but reproducible', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        (seed, min, span) => {
          const r = createRng(seed);
          for (let i = 0; i < 20; i++) {
            const v = r.int(min, min + span);
            if (v < min || v > min + span || !Number.isInteger(v)) return false;
          }
          return createRng(seed).fork('x').next() === createRng(seed).fork('x').next();
        },
      ),
    );
    expect(createRng(1).fork('a').next()).not.toBe(createRng(1).fork('b').next());
  });
});

describe('generateLedger', () => {
  it('is deterministic: same seed and pool → identical ledger; another seed → another ledger', async () => {
    const pool = await loadRegionPool();
    const a = generateLedger({ seed: 7, size: 2000 }, pool);
    const b = generateLedger({ seed: 7, size: 2000 }, pool);
    expect(b).toEqual(a);
    const c = generateLedger({ seed: 8, size: 2000 }, pool);
    expect(c.records.map((r) => r.title)).not.toEqual(a.records.map((r) => r.title));
  });

  it('is deterministic on the embedded fallback pool too', () => {
    expect(generateLedger({ seed: 3, size: 500 }, fallbackPool())).toEqual(
      generateLedger({ seed: 3, size: 500 }, fallbackPool()),
    );
  });

  it('uses the project gazetteer when it loads (or says it fell back)', async () => {
    const pool = await loadRegionPool();
    expect(['gazetteer', 'fallback']).toContain(pool.source);
    expect(pool.counties.length).toBeGreaterThanOrEqual(pool.source === 'gazetteer' ? 2000 : 40);
    expect(generateLedger({ seed: 1, size: 10 }, pool).regionSource).toBe(pool.source);
  });

  it.each([LEDGER_SIZES.small, LEDGER_SIZES.medium])(
    'makes exactly %i records, with labelled pairs of every kind',
    async (size) => {
      const g = generateLedger({ seed: 1, size }, await loadRegionPool());
      expect(g.records).toHaveLength(size);
      const hows = new Set(g.labels.map((l) => l.how));
      for (const how of [
        'punctuation',
        'spacing',
        'truncated',
        'street-office',
        'province-omitted',
        'renamed',
      ]) {
        expect(hows, how).toContain(how);
      }
      for (const how of [
        'same-theme-other-region',
        'same-place-other-programme',
        'parent-child',
        'sibling-town',
      ]) {
        expect(hows, how).toContain(how);
      }
      // roughly one record in ten is a variant: enough pairs to measure recall on
      expect(g.duplicatePairs.length).toBeGreaterThan(size * 0.08);
      expect(g.notDuplicatePairs.length).toBeGreaterThan(size * 0.04);
      expect(new Set(g.records.map((r) => r.kind))).toEqual(
        new Set(['zone', 'case', 'observation']),
      );
    },
  );

  it('makes a 100k-record ledger with its labelled pairs', async () => {
    const pool = await loadRegionPool();
    const g = generateLedger({ seed: 1, size: LEDGER_SIZES.large }, pool);
    expect(g.records).toHaveLength(100_000);
    expect(g.duplicatePairs.length).toBeGreaterThan(100_000 * 0.08);
  });
});
