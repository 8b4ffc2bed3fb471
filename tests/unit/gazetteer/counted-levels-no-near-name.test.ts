/**
 * Places counted by their level after their province (江西省五县获评…, 浙江省两区入选): a number
 * with a level word names no county, so it is never read as a county written with one wrong
 * character (五县 → 赣县). A real one-character slip (壁山县 → 璧山县) still is.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion, splitRegionPrefix } from '../../../src/main/core/gazetteer';

describe('a count of divisions by their level', () => {
  it('is no near name of a county: the place stops at the province', () => {
    for (const [text, province] of [
      ['江西省五县获评第四批国家生态文明建设示范市县', '江西省'],
      ['江西省两县入选', '江西省'],
      ['湖南省3个区入选', '湖南省'],
    ] as const) {
      const split = splitRegionPrefix(text, {});
      expect(split.region).toBe(province);
      expect(split.resolution.names.county).toBeNull();
    }
  });

  it('a county with one character wrong is still read near its name (control)', () => {
    expect(resolveRegion('江西省于县').code).toBe('360721');
    const r = resolveRegion('壁山县', { context: '重庆市', asOf: '2008-01-08' });
    expect(r.names.county).toBe('璧山县');
  });
});
