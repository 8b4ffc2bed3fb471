/**
 * The postings a kept feature index holds give the focused candidate pass exactly what
 * grouping every record gives: the same pairs in the same order and the same counts,
 * through the changes a small ledger sees between checks (records added after the others,
 * merged away, edited, brought back), with records under two of today's counties, at city
 * level, placed nowhere and sharing whole titles.
 */
import { describe, expect, it } from 'vitest';
import { forEachCandidate } from '../../../src/main/core/dedupe/candidates';
import { FeatureIndex } from '../../../src/main/core/dedupe/feature-index';
import { findDuplicateCandidates } from '../../../src/main/core/dedupe/find-duplicates';
import type { RegionMapper } from '../../../src/main/core/dedupe/region';
import type { DedupeRecord } from '../../../src/main/core/dedupe/types';
import { createRng, type Rng } from '../../support/generate';

const WORDS = ['社区', '治理', '服务', '创新', '实验区', '协商', '议事', '网格', '邻里', '微'];
const CODES = [
  ...Array.from({ length: 8 }, (_, i) => `3301${String(i + 2).padStart(2, '0')}`),
  '330199', // split since: today under two counties
  '440604',
  '440605',
  '330100', // city level
  '440600',
  '330000', // a province: placed nowhere
  null,
  null,
];

/** 330199 was split into 330102 and 330103; every other code is its own today. */
const splitRegions: RegionMapper = (code) => (code === '330199' ? ['330103', '330102'] : [code]);

function randomRecord(rng: Rng, id: number): DedupeRecord {
  return {
    id,
    kind: rng.pick(['zone', 'case']),
    programme: rng.pick(['全国社区治理和服务创新实验区', null]),
    year: rng.pick([2019, 2021, null]),
    batch: null,
    regionCode: rng.pick(CODES),
    unitCode: null,
    town: null,
    title: rng.chance(0.05)
      ? null
      : Array.from({ length: rng.int(1, 4) }, () => rng.pick(WORDS)).join(''),
  };
}

/** One zone of the same title at `regionCode`: records that differ only by where they are. */
const zoneAt = (id: number, regionCode: string): DedupeRecord => ({
  id,
  kind: 'zone',
  programme: null,
  year: null,
  batch: null,
  regionCode,
  unitCode: null,
  town: null,
  title: '社区治理实验区',
});

const visits = (
  run: (visit: (i: number, j: number) => void) => { pairs: number; blocks: number },
) => {
  const pairs: string[] = [];
  const stats = run((i, j) => pairs.push(`${i}-${j}`));
  return { pairs, stats };
};

describe('kept candidate postings', () => {
  it.each([3, 5, 8])('visit what grouping every record visits (seed %i)', (seed) => {
    const rng = createRng(seed);
    const index = new FeatureIndex(splitRegions);
    const pool: DedupeRecord[] = [];
    const gone: DedupeRecord[] = [];
    let nextId = 1;
    let compared = 0;
    for (let step = 0; step < 50; step++) {
      const op = rng.int(0, 9);
      if (op <= 4 || pool.length < 5) {
        for (let k = rng.int(1, 12); k > 0; k--) pool.push(randomRecord(rng, nextId++));
      } else if (op <= 6) {
        gone.push(pool.splice(rng.int(0, pool.length - 1), 1)[0]!);
      } else if (op === 7) {
        const at = rng.int(0, pool.length - 1);
        pool[at] = { ...pool[at]!, title: randomRecord(rng, 0).title };
      } else if (gone.length) {
        pool.push(gone.splice(rng.int(0, gone.length - 1), 1)[0]!);
        pool.sort((a, b) => a.id - b.id);
      }
      const fs = index.features(pool);
      // the newest records (an import's), and a few anywhere (an edit's)
      for (const focus of [
        new Set(Array.from({ length: Math.min(8, fs.length) }, (_, k) => fs.length - 1 - k)),
        new Set(Array.from({ length: 3 }, () => rng.int(0, fs.length - 1))),
      ]) {
        const kept = visits((v) => forEachCandidate(fs, v, { focus, postings: index.postings }));
        const grouped = visits((v) => forEachCandidate(fs, v, { focus }));
        expect(kept).toEqual(grouped);
        compared += grouped.pairs.length;
      }
      const focusIds = new Set(pool.slice(-8).map((r) => r.id));
      const withIndex = findDuplicateCandidates(pool, { focusIds, index, regions: splitRegions });
      const fresh = findDuplicateCandidates(pool, { focusIds, regions: splitRegions });
      expect({ ...withIndex, stats: { ...withIndex.stats, ms: 0 } }).toEqual({
        ...fresh,
        stats: { ...fresh.stats, ms: 0 },
      });
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('visit the blocks of a record under two counties in the order that record gives them', () => {
    const index = new FeatureIndex(splitRegions);
    const fs = index.features([zoneAt(1, '330199'), zoneAt(2, '330102'), zoneAt(3, '330103')]);
    // the focus names 330102 before 330103; the split record lists 330103 first
    const focus = new Set([1, 2, 0]);
    const kept = visits((v) => forEachCandidate(fs, v, { focus, postings: index.postings }));
    expect(kept).toEqual(visits((v) => forEachCandidate(fs, v, { focus })));
    expect(kept.pairs).toEqual(['0-2', '0-1', '1-2']);
  });
});

describe('the candidate pass’s block count', () => {
  it('is the pass’s own, read late, after the kept postings took the next records', () => {
    const index = new FeatureIndex(splitRegions);
    const pool = [zoneAt(1, '330102'), zoneAt(2, '330103'), zoneAt(3, '440604')];
    const fs = index.features(pool);
    const focus = new Set([2]);
    const kept = forEachCandidate(fs, () => {}, { focus, postings: index.postings });
    const grouped = forEachCandidate(fs, () => {}, { focus });
    // a focused pass groups only its own blocks, yet counts all of them, when asked
    expect(grouped.blocks).toBe(3);
    index.features([...pool, zoneAt(4, '440605'), zoneAt(5, '330104')]);
    expect(kept.blocks).toBe(3);
  });
});
