/**
 * A township written under its county's old name stops at that county (no township code);
 * against today's record of the same township in the successor county it is the same
 * township, while another township or the county itself stays parent and child.
 */
import { describe, expect, it } from 'vitest';
import { compareRegions, placeOf, type RegionMapper } from '../../../src/main/core/dedupe/region';
import type { DedupeRecord } from '../../../src/main/core/dedupe/types';

// An invented county 990101 merged into 990102.
const map: RegionMapper = (code) => (code === '990101' ? ['990102'] : [code]);
const key = (s: string | null) => (s ?? '').replace(/办事处$/, '');
const place = (regionCode: string, unitCode: string, town: string | null) =>
  placeOf({ regionCode, unitCode, town } as DedupeRecord, map, key);

describe('a township under an old county', () => {
  const today = place('990102', '990102003', '青石街道');

  it('is the same township as today’s record of that name', () => {
    expect(compareRegions(place('990101', '990101', '青石街道'), today)).toBe('same_town');
    expect(compareRegions(today, place('990101', '990101', '青石街道办事处'))).toBe('same_town');
  });

  it('another township, or one under a current county, stays parent and child', () => {
    expect(compareRegions(place('990101', '990101', '白沙街道'), today)).toBe('parent_child');
    expect(compareRegions(place('990102', '990102', '青石街道'), today)).toBe('parent_child');
    expect(compareRegions(place('990101', '990101', null), today)).toBe('parent_child');
  });
});
