/**
 * A zone whose name joins two place names with a hyphen or a middle dot (A-B风景名胜区): the
 * mark joins one name and does not end the mention, so the township after the zone is still
 * read in the city.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';

describe('a hyphen or middle dot inside a zone name', () => {
  it('reads the township after a hyphenated scenic area in the context city', () => {
    const r = resolveRegion('鼋头渚-蠡湖风景名胜区蠡园街道', {
      asOf: '2020-01-01',
      context: '江苏省无锡市',
    });
    expect(r.regionCode).toBe('320211');
  });

  it('reads it the same with a middle dot', () => {
    const r = resolveRegion('鼋头渚·蠡湖风景名胜区荣巷街道', {
      asOf: '2020-01-01',
      context: '江苏省无锡市',
    });
    expect(r.regionCode).toBe('320211');
  });

  it('still ends a mention at a hyphen next to a digit or a Latin letter', () => {
    expect(
      resolveRegion('滨湖区-1', { asOf: '2020-01-01', context: '江苏省无锡市' }).regionCode,
    ).toBe('320211');
  });
});
