/**
 * Looking villages up by name (a community named with no county): the index holds full
 * names only, so a stem (多福巷 for 多福巷社区) must still find its village, a name must
 * not find villages it is only the start of, and the answer keeps the data's order.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';
import { gazetteerRegionLookup } from '../../../src/main/core/import/extract';
import { findVillagesNamed } from '../../../src/main/core/gazetteer/villages';

describe('findVillagesNamed', () => {
  it('finds a village by its full name and by its stem', () => {
    const full = findVillagesNamed('多福巷社区', '11');
    expect(full.map((v) => v.name)).toEqual(['多福巷社区']);
    expect(full[0]!.code).toMatch(/^110101/);
    expect(findVillagesNamed('多福巷', '11')).toEqual(full);
  });

  it('does not take a name for the stem of a longer name', () => {
    // 多福 is the start of 多福巷社区, not its stem
    expect(findVillagesNamed('多福', '110101').map((v) => v.name)).not.toContain('多福巷社区');
  });

  it('answers nationwide in code order, every village of the name or stem', () => {
    const all = findVillagesNamed('和平村', '');
    expect(all.length).toBeGreaterThan(10);
    expect(all.every((v) => v.key === '和平村' || v.stem === '和平村')).toBe(true);
    const codes = all.map((v) => v.code);
    expect([...codes].sort()).toEqual(codes);
    expect(findVillagesNamed('和平', '').filter((v) => v.key === '和平村')).toHaveLength(
      all.filter((v) => v.key === '和平村').length,
    );
  });
});

describe('a village whose statistical name ends in 村, written with 村 once more', () => {
  it('reads the doubled village word as part of the village', () => {
    // The data holds 西村 (its committee's name without 村委会); notices write 西村村.
    const r = resolveRegion('银海区福成镇西村村', { asOf: '2021-12-01' });
    expect(r.code).toBe('450503100208');
    expect(r.end).toBe('银海区福成镇西村村'.length);
    const split = gazetteerRegionLookup().splitPrefix('银海区福成镇西村村', {});
    expect(split?.regionText).toBe('银海区福成镇西村村');
  });

  it('leaves a 村 that starts more name outside the village', () => {
    const r = resolveRegion('银海区福成镇西村村民', { asOf: '2021-12-01' });
    expect(r.end).toBe('银海区福成镇西村'.length);
  });
});
