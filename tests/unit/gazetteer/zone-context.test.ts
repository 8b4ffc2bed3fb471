import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';

describe('development zones and new areas without a code', () => {
  it('a township under a new area named as the context is searched in the city before the zone word', () => {
    const r = resolveRegion('武庙镇付夕坪村', { asOf: '2020-10-29', context: '成都东部新区' });
    expect(r.regionCode).toBe('510185');
    expect(r.level).toBe('village');
  });

  it('a zone with no town under a one-city context files under that city, flagged', () => {
    const r = resolveRegion('经开区富强路社区', { asOf: '2021-12-31', context: '河北省张家口市' });
    expect(r.regionCode).toBe('130700');
    expect(r.level).toBe('city');
    expect(r.note).toContain('请核对');
  });

  it('a zone with no town and no city context is never guessed', () => {
    expect(resolveRegion('经开区富强路社区', { asOf: '2021-12-31' }).regionCode).toBeNull();
    expect(
      resolveRegion('经开区富强路社区', { asOf: '2021-12-31', context: '河北省' }).regionCode,
    ).toBeNull();
  });
});
