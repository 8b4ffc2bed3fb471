/**
 * A zone named after the committee that runs it (乌拉盖管理区管委会): lists write it by the zone's
 * name or by its own words alone (乌拉盖管理区, 乌拉盖), as they write a county by its stem.
 * Controls: a committee that runs no 管理区 (a scenic area's) gives no short form, and a plain
 * 管理区's forms are unchanged.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';
import { shortForms } from '../../../src/main/core/gazetteer/name-index';

describe('a management zone named after its committee', () => {
  it('is written by the zone’s name or its own words', () => {
    expect(shortForms('乌拉盖管理区管委会')).toEqual(
      expect.arrayContaining(['乌拉盖管理区', '乌拉盖']),
    );
    // A statistical zone, no GB/T 2260 county: coded to its league, the zone named.
    for (const text of ['乌拉盖', '锡林郭勒盟乌拉盖管理区']) {
      const r = resolveRegion(text, { asOf: '2020-12-01' });
      expect(r.regionCode).toBe('152500');
      expect(r.names.county).toBe('乌拉盖管理区管委会');
    }
  });

  it('gives no short form to a committee of no management zone', () => {
    expect(shortForms('某某景区管委会')).toEqual([]);
    expect(shortForms('西洞庭管理区')).not.toContain('西洞庭');
  });
});
