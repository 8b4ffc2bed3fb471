/**
 * An import's candidate pass is focused on its new records: it must visit exactly the
 * pairs the whole pass visits that touch one of them, in the same order (the finder's
 * scores, groups and links follow that order). Blocks here stay below the sub-block size,
 * whose own focused pass (sub-blocks.ts) is another path.
 */
import { describe, expect, it } from 'vitest';
import { forEachCandidate } from '../../../src/main/core/dedupe/candidates';
import { buildFeatures } from '../../../src/main/core/dedupe/feature-index';
import { identityRegions } from '../../../src/main/core/dedupe/region';
import type { DedupeRecord } from '../../../src/main/core/dedupe/types';
import { createRng } from '../../support/generate';

const WORDS = ['社区', '治理', '服务', '创新', '实验区', '协商', '议事', '网格', '邻里'];
const CODES = ['330102', '330104', '330100', '440604', '510106', null, '330000'];

/** Many counties, cities and unplaced records: most groups hold no record of the focus. */
const MANY_CODES = [
  ...Array.from({ length: 24 }, (_, i) => `3301${String(i + 1).padStart(2, '0')}`),
  ...Array.from({ length: 12 }, (_, i) => `4406${String(i + 1).padStart(2, '0')}`),
  '330100',
  '440600',
  '510100',
  null,
  null,
];

function ledger(seed: number, n: number, codes = CODES): DedupeRecord[] {
  const rng = createRng(seed);
  return Array.from({ length: n }, (_, i) => ({
    id: i + 1,
    kind: 'zone',
    programme: '全国社区治理和服务创新实验区',
    year: rng.pick([2019, 2021, null]),
    batch: null,
    regionCode: rng.pick(codes),
    unitCode: null,
    town: null,
    title: Array.from({ length: rng.int(1, 4) }, () => rng.pick(WORDS)).join(''),
  }));
}

const pairsOf = (n: number, run: (visit: (i: number, j: number) => void) => void) => {
  const out: string[] = [];
  run((i, j) => out.push(`${i}-${j}`));
  expect(out.length).toBeLessThan(n * n);
  return out;
};

describe('focused candidate pass', () => {
  it.each([
    [1, 60, CODES],
    [2, 80, CODES],
    [3, 300, MANY_CODES],
    [4, 400, MANY_CODES],
  ])('visits the whole pass’s pairs that touch the focus, in order (seed %i)', (seed, n, codes) => {
    const fs = buildFeatures(ledger(seed, n, codes), identityRegions);
    const rng = createRng(seed + 100);
    const focus = new Set(Array.from({ length: 6 }, () => rng.int(0, n - 1)));
    const all = pairsOf(n, (v) => forEachCandidate(fs, v));
    const focused = pairsOf(n, (v) => forEachCandidate(fs, v, { focus }));
    const expected = all.filter((p) => p.split('-').some((x) => focus.has(Number(x))));
    expect(expected.length).toBeGreaterThan(0);
    expect(focused).toEqual(expected);
  });
});
