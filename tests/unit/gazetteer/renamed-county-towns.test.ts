import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';

describe('a town under a county renamed with a new code', () => {
  // 崇川区 was 320602 until the 2020 merger with 港闸区, then 320613; its towns carry the new code.
  it('belongs to the county code valid on the notice date', () => {
    expect(resolveRegion('南通市崇川区和平桥街道', { asOf: '2021-03-03' }).regionCode).toBe(
      '320613',
    );
    expect(resolveRegion('南通市崇川区和平桥街道', { asOf: '2019-03-25' }).regionCode).toBe(
      '320602',
    );
    expect(resolveRegion('南通市 崇川区 和平桥街道', { asOf: '2021-03-03' }).code).toBe(
      '320613002',
    );
  });
});

describe('a town written under a county renamed later', () => {
  // 邵东县 (430521) became 邵东市 (430582); the statistical town codes are 430582…, which
  // did not exist in 2016.
  it('answers with the county code valid on the notice date, the town kept as a name', () => {
    const r = resolveRegion('邵东县宋家塘街道广场社区', {
      asOf: '2016-12-19',
      context: '湖南省邵阳市',
    });
    expect(r.code).toBe('430521');
    expect(r.regionCode).toBe('430521');
    expect(r.names.town).toBe('宋家塘街道');
    expect(r.note).toContain('430582');
  });

  it('the same town written under today’s name keeps its town code', () => {
    const r = resolveRegion('邵东市宋家塘街道', { asOf: '2021-12-19' });
    expect(r.code).toBe('430582003');
  });
});
