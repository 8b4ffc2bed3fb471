/**
 * A township written without its level word at the head of a unit's name, under a notice of
 * one county: the unit lies in that township, so in the county the notice names.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer/index';

describe('a township written without 镇 in front of a unit', () => {
  it('is that county’s township under a one-county context', () => {
    const r = resolveRegion('戴埠老年人互助志愿服务队', {
      context: '常州市 溧阳市',
      asOf: '2023-01-01',
    });
    expect(r.regionCode).toBe('320481');
    expect(r.names.town).toBe('戴埠镇');
    expect(r.level).toBe('town');
  });

  it('is not read under a city’s context, nor from a name no township starts', () => {
    expect(
      resolveRegion('戴埠老年人互助志愿服务队', { context: '常州市', asOf: '2023-01-01' }).code,
    ).toBeNull();
    expect(
      resolveRegion('某某志愿服务队', { context: '常州市 溧阳市', asOf: '2023-01-01' }).code,
    ).toBeNull();
  });
});

describe('a township written without 镇 in a run of units', () => {
  it('is the previous item’s county’s township when the context holds that county', () => {
    const before = resolveRegion('溧阳市戴埠镇某某村', { asOf: '2023-01-01' });
    expect(before.regionCode).toBe('320481');
    const r = resolveRegion('天目湖老年人互助志愿服务队', {
      context: '江苏省',
      previous: before,
      asOf: '2023-01-01',
    });
    expect(r.regionCode).toBe('320481');
    expect(r.names.town).toBe('天目湖镇');
  });

  it('is not taken when the context names another place', () => {
    const before = resolveRegion('溧阳市戴埠镇某某村', { asOf: '2023-01-01' });
    const r = resolveRegion('天目湖老年人互助志愿服务队', {
      context: '浙江省',
      previous: before,
      asOf: '2023-01-01',
    });
    expect(r.code).toBeNull();
  });
});
