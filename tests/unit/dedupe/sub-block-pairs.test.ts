/**
 * A large county block's focused pass (sub-blocks.ts): each focus record probes every gram
 * it has, so the pairs it visits are exactly those in which a focus record shares a gram
 * with another record (short titles meet every record), each once — whether the block is
 * small enough to mark its pairs seen one bit each or so large that they go in a set.
 */
import { describe, expect, it } from 'vitest';
import { buildFeatures } from '../../../src/main/core/dedupe/feature-index';
import { identityRegions } from '../../../src/main/core/dedupe/region';
import { subBlockPairs } from '../../../src/main/core/dedupe/sub-blocks';
import type { DedupeRecord } from '../../../src/main/core/dedupe/types';
import { createRng } from '../../support/generate';

const WORDS = ['社区', '治理', '服务', '创新', '协商', '议事', '网格', '邻里', '养老', '托育'];

function county(seed: number, n: number): DedupeRecord[] {
  const rng = createRng(seed);
  return Array.from({ length: n }, (_, i) => ({
    id: i + 1,
    kind: 'case',
    programme: '全国社区治理和服务创新实验区',
    year: 2021,
    batch: null,
    regionCode: '330102',
    unitCode: null,
    town: null,
    // mostly long titles (bigrams), a few of four characters or fewer (compared by characters)
    title: Array.from({ length: rng.int(2, 6) }, () => rng.pick(WORDS)).join(''),
  }));
}

describe('sub-block pass with a focus', () => {
  it.each([
    [1, 60],
    [2, 2100],
  ])('visits each pair sharing a gram with the focus once (seed %i, %i records)', (seed, n) => {
    const fs = buildFeatures(county(seed, n), identityRegions);
    const members = fs.map((_, i) => i);
    const rng = createRng(seed + 100);
    const focus = new Set(Array.from({ length: 5 }, () => rng.int(0, n - 1)));
    const visited: string[] = [];
    subBlockPairs(fs, members, focus, (i, j) => visited.push(`${i}-${j}`));
    expect(new Set(visited).size).toBe(visited.length);

    const short = (i: number) => fs[i]!.points.length <= 4;
    const shares = (i: number, j: number) => fs[i]!.gramIds.some((g) => fs[j]!.gramIds.includes(g));
    const expected: string[] = [];
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        const touches = focus.has(i) || focus.has(j);
        if (touches && (shares(i, j) || short(i) || short(j))) expected.push(`${i}-${j}`);
      }
    expect(expected.length).toBeGreaterThan(0);
    expect([...visited].sort()).toEqual(expected.sort());
  });
});
