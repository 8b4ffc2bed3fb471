import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';

describe('a place name at the front of a community name is not that place under another context', () => {
  it('a county context keeps a community whose name starts with a far city', () => {
    // 长春路 is a road: the community lies in the county the heading names, not in 长春市.
    const r = resolveRegion('长春路社区', { asOf: '2021-12-31', context: '河北省张家口市宣化区' });
    expect(r.regionCode).toBe('130705');
    const s = resolveRegion('东方苑社区', { asOf: '2021-12-31', context: '河北省张家口市桥东区' });
    expect(s.regionCode).toBe('130702');
    const t = resolveRegion('东宁街社区', { asOf: '2021-12-31', context: '河北省张家口市桥东区' });
    expect(t.regionCode).toBe('130702');
  });

  it('a city context drops the far place and leaves the item to be checked', () => {
    const r = resolveRegion('长沙街社区', { asOf: '2021-12-31', context: '河北省张家口市' });
    expect(r.code).toBeNull();
    expect(r.regionCode).toBeNull();
    expect(r.names.city).toBe('张家口市');
    expect(r.note).toContain('张家口市');
  });

  it('a city context finds the community among its own when one county there holds it', () => {
    // 长沙路 is a road of the city in the context, not 长沙市.
    const r = resolveRegion('长沙路社区', { asOf: '2021-12-31', context: '山东省青岛市' });
    expect(r.regionCode).toBe('370203');
    expect(r.level).toBe('village');
    // A community of a zone the city runs over a county-level city's townships.
    const s = resolveRegion('东宁园社区', { asOf: '2021-12-31', context: '山东省青岛市' });
    expect(s.regionCode).toBe('370283');
  });

  it('a community two counties of the context city share is still left to be checked', () => {
    const r = resolveRegion('南京路社区', { asOf: '2021-12-31', context: '山东省青岛市' });
    expect(r.regionCode).toBeNull();
  });

  it('without a context the far place still answers', () => {
    expect(resolveRegion('长春路社区', { asOf: '2021-12-31' }).regionCode).toBe('220100');
  });

  it('a county written in full before the community is kept even against the context', () => {
    const r = resolveRegion('朝阳区长春路社区', {
      asOf: '2021-12-31',
      context: '河北省张家口市宣化区',
    });
    expect(r.regionCode).not.toBe('130705');
  });
});

describe('a street office written short, under a county context', () => {
  it('办事处 for 街道 stays in the county of the context, not the same-named district far away', () => {
    const r = resolveRegion('西城办事处草店子社区', {
      asOf: '2016-01-27',
      context: '湖北省随州市曾都区',
    });
    expect(r.regionCode).toBe('421303');
    expect(r.names.town).toBe('西城街道');
  });

  it('街 for 街道 inside a municipality the context names', () => {
    const r = resolveRegion('南市街福厚西里社区', { asOf: '2016-01-19', context: '天津市' });
    expect(r.regionCode).toBe('120101');
  });

  it('without a context the written name is read as it stands', () => {
    expect(resolveRegion('西城办事处草店子社区', { asOf: '2016-01-27' }).regionCode).toBe('110102');
  });
});

describe('the previous item of a list as the context for a far prefix', () => {
  it('keeps the next community in the county of the item before it', () => {
    const previous = resolveRegion('建宣路社区', {
      asOf: '2021-12-31',
      context: '河北省张家口市宣化区',
    });
    expect(previous.regionCode).toBe('130705');
    const r = resolveRegion('长春路社区', { asOf: '2021-12-31', previous });
    expect(r.regionCode).toBe('130705');
    expect(r.note).toContain('上一项');
  });

  it('a name found nowhere is not put in the previous item’s county', () => {
    const previous = resolveRegion('宣化区', { asOf: '2021-12-31' });
    expect(resolveRegion('某某无名社区', { asOf: '2021-12-31', previous }).regionCode).toBeNull();
  });
});
