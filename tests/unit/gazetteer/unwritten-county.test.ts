/**
 * Strings whose county is not where the resolver first looks: a township and its village
 * with nothing around them, stray characters glued before a county, a community several
 * districts share under a context naming one, a place's short name fused into the name of
 * a school or characteristic town.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';

describe('a township and its village with no county, province or context', () => {
  it('is taken when one county holds that pair', () => {
    const r = resolveRegion('营前街道营江社区', { asOf: '2024-01-01' });
    expect(r.code).toBe('350112003005');
    expect(r.note).toContain('未写区县');
  });

  it('is taken with an island written for the township named after it, never a county', () => {
    // 长兴 is also the short form of 长兴县 (浙江): the island word says it is no county here
    const r = resolveRegion('长兴岛潘石村', { asOf: '2016-01-19' });
    expect(r.code).toBe('310151116223');
    expect(resolveRegion('长兴岛', { asOf: '2016-01-19' }).regionCode).toBeNull();
  });

  it('stays unresolved when the pair recurs or the township is alone', () => {
    expect(resolveRegion('城关镇城关村', { asOf: '2024-01-01' }).regionCode).toBeNull();
    expect(resolveRegion('营前街道', { asOf: '2024-01-01' }).regionCode).toBeNull();
  });
});

describe('stray characters before a county written in full', () => {
  it('are left out when the county lies in the context and its township follows', () => {
    const r = resolveRegion('活动沛县龙固镇', { asOf: '2019-05-01', context: '江苏省徐州市' });
    expect(r.regionCode).toBe('320322');
    expect(r.note).toContain('开头「活动」');
  });

  it('are not left out without a context, or with no township after the county', () => {
    expect(resolveRegion('活动沛县龙固镇', { asOf: '2019-05-01' }).regionCode).toBeNull();
    const bare = resolveRegion('活动沛县', { asOf: '2019-05-01', context: '江苏省徐州市' });
    expect(bare.regionCode).toBeNull();
  });
});

describe('a community several districts of a municipality share', () => {
  it('is the one in the county the context names, past a farm base written before it', () => {
    const opts = { asOf: '2019-05-01', context: '北京市房山区' };
    expect(resolveRegion('北京市沙窝村', opts).regionCode).toBe('110111');
    const r = resolveRegion('北京市蔬菜基地沙窝村', opts);
    expect(r.code).toBe('110111112227');
    expect(r.note).toContain('按上下文所在的房山区计');
  });

  it('stays at the municipality, flagged, when the context names no county', () => {
    const r = resolveRegion('北京市沙窝村', { asOf: '2019-05-01', context: '北京市' });
    expect(r.regionCode).toBe('110000');
    expect(r.note).toContain('未定到区县');
  });
});

describe("a place's short name fused into an establishment's name", () => {
  it('is the city and county written short in front of a school, inside the context', () => {
    const r = resolveRegion('大理宾川第一中学', { asOf: '2019-05-01', context: '云南省' });
    expect(r.regionCode).toBe('532924');
  });

  it("is a township's stem in front of a characteristic town, unique in the province", () => {
    const r = resolveRegion('转塘艺术小镇', { asOf: '2019-05-01', context: '浙江省' });
    expect(r.code).toBe('330106010');
    expect(r.note).toContain('「转塘」');
  });

  it('is not read outside the context or with none', () => {
    expect(resolveRegion('转塘艺术小镇', { asOf: '2019-05-01' }).regionCode).toBeNull();
    expect(resolveRegion('大理宾川第一中学', { context: '四川省' }).regionCode).toBeNull();
    expect(resolveRegion('大理宾川第一中学').regionCode).toBeNull();
  });
});

describe('a street written short whose name two far counties share as a short form', () => {
  it("is the street of the previous item's county, not an ambiguous county", () => {
    const previous = resolveRegion('辽宁省鞍山市铁东区', { asOf: '2020-01-19' });
    const r = resolveRegion('新兴街毓恬社区', { asOf: '2020-01-19', previous });
    expect(r.code).toBe('210302013001');
  });

  it('stays ambiguous with no previous item to speak for it', () => {
    expect(resolveRegion('新兴街毓恬社区', { asOf: '2020-01-19' }).code).toBeNull();
  });
});
