import { describe, expect, it } from 'vitest';
import { resolveRegion, splitRegionPrefix } from '../../../src/main/core/gazetteer';

describe('a township of the context whose name starts with a county written short elsewhere', () => {
  it('is that township, not the far county read short', () => {
    // 太平寨镇 lies in 迁西县; 太平 alone would be 阜新市太平区.
    const r = resolveRegion('太平寨镇', { asOf: '2022-06-30', context: '河北省唐山市迁西县' });
    expect(r.code).toBe('130227103');
    // 石门寨镇 lies in 秦皇岛市海港区; 石门 alone would be 湖南省常德市石门县.
    const s = resolveRegion('石门寨镇', { asOf: '2022-06-30', context: '河北省秦皇岛市' });
    expect(s.code).toBe('130302106');
  });

  it('the list reader splits the whole township off the line', () => {
    const hit = splitRegionPrefix('太平寨镇某某村', { asOf: '2022-06-30', context: '迁西县' });
    expect(hit.region.startsWith('太平寨镇')).toBe(true);
    expect(hit.resolution.names.county).toBe('迁西县');
  });

  it('a short county inside the context still leads its township', () => {
    const r = resolveRegion('鄞州百丈街道', { asOf: '2022-06-30', context: '浙江省宁波市' });
    expect(r.code).toBe('330212008');
  });

  it('under one county, a township written bare as long as the far county short is the township', () => {
    // 江口镇 lies in 颍上县; 江口 alone would be 贵州省铜仁市江口县.
    const r = resolveRegion('江口(北宋)', { asOf: '2022-06-30', context: '安徽省阜阳市颍上县' });
    expect(r.code).toBe('341226104');
    // Written in full, it is no township (and the far county, unscoped, no answer either).
    expect(resolveRegion('江口县', { context: '安徽省阜阳市颍上县' }).code).not.toBe('341226104');
  });

  it('without a context the short county still answers', () => {
    const r = resolveRegion('太平寨镇', { asOf: '2022-06-30' });
    expect(r.code).not.toBe('130227103');
  });
});
