/**
 * A community written right after a county by the name it had then: the village list files
 * it under today's county, the notice's date picks the version, and where the data only
 * brackets the change date the written version wins. And an office of a forest park or a
 * management area standing where a township would, under a county the context names.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';

describe('a county written by its old name with a community right after it', () => {
  it('answers the county valid on the date, not the community of the later district', () => {
    const before = resolveRegion('平坝县郝下村', { asOf: '2014-05-01', context: '贵州省' });
    expect(before.regionCode).toBe('520421');
    expect(before.code).toBe('520421');
    const after = resolveRegion('平坝县郝下村', { asOf: '2020-05-01', context: '贵州省' });
    expect(after.regionCode).toBe('520403');
  });

  it('prefers the written version while the change date is only bracketed', () => {
    const r = resolveRegion('湟中县谢家台村', { asOf: '2018-05-01', context: '青海省' });
    expect(r.regionCode).toBe('630122');
    expect(
      resolveRegion('湟中县谢家台村', { asOf: '2024-05-01', context: '青海省' }).regionCode,
    ).toBe('630106');
  });
});

describe('an office standing where a township would', () => {
  it('is read under the county the context names', () => {
    for (const text of ['青龙峡森林公园管理处石门社区', '白鹭湖管理区东风社区']) {
      const r = resolveRegion(text, { asOf: '2022-01-01', context: '湖北省宜昌市兴山县' });
      expect(r.regionCode, text).toBe('420526');
      expect(r.note, text).toContain('请核对');
    }
  });
});
