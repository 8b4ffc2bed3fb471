import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';

describe('a township or community the town lists lack, under a county the notice names', () => {
  it('takes the county of the context, with a note to check', () => {
    const r = resolveRegion('湖滨社区', { asOf: '2013-01-01', context: '福建省福州市鼓楼区' });
    expect(r.regionCode).toBe('350102');
    expect(r.note).toContain('按上下文所在区县');
  });

  it('a street of a county abolished since takes the county valid on the notice date', () => {
    const r = resolveRegion('城南街道和平里社区', {
      asOf: '2012-05-01',
      context: '江苏省淮安市清浦区',
    });
    expect(r.regionCode).toBe('320811');
  });

  it('never guesses when the context is wider than one county', () => {
    expect(resolveRegion('湖滨社区', { asOf: '2013-01-01', context: '福建省福州市' }).code).toBe(
      null,
    );
  });

  it('a township read as a place in another county yields to the county of the context', () => {
    const r = resolveRegion('九龙湖镇汶溪村', {
      asOf: '2021-08-30',
      context: '浙江省宁波市镇海区',
    });
    expect(r.regionCode).toBe('330211');
  });

  it('a park, farm or economic zone in place of a township lies in the county of the context', () => {
    const park = resolveRegion('现代农业产业园区夹堆村', {
      asOf: '2020-11-07',
      context: '江苏省盐城市滨海县',
    });
    expect(park.regionCode).toBe('320922');
    const farm = resolveRegion('上十岭垦殖场秋林分场', {
      asOf: '2020-06-01',
      context: '江西省九江市彭泽县',
    });
    expect(farm.regionCode).toBe('360430');
    expect(resolveRegion('上十岭垦殖场秋林分场', { asOf: '2020-06-01' }).code).toBe(null);
  });

  it('a development zone in place of a township lies in the county of the context', () => {
    const r = resolveRegion('高新技术开发区柳湾社区', {
      asOf: '2018-05-01',
      context: '湖南省常德市桃源县',
    });
    expect(r.regionCode).toBe('430725');
    expect(resolveRegion('高新技术开发区柳湾社区', { asOf: '2018-05-01' }).code).toBe(null);
  });
});

describe('a place written with its own province’s short form', () => {
  it.each([
    ['广西柳州', '湖南省', '450200'],
    ['内蒙古包头', '河北省', '150200'],
  ])('%s keeps its own province under %s’s notice', (text, context, code) => {
    expect(resolveRegion(text, { context, asOf: '2022-01-01' }).regionCode).toBe(code);
  });

  it('is not a street named after a far province', () => {
    expect(resolveRegion('四川路', { context: '上海市' }).regionCode).toBeNull();
  });
});

describe('a city’s own street named like a far district', () => {
  it('is the city’s when the city’s reading goes on to its community', () => {
    // 东莞 has no counties; its 东城街道 goes on to the community, 东城区 is Beijing's.
    const r = resolveRegion('东城主山社区居民委员会', {
      context: '广东省东莞市',
      asOf: '2022-01-01',
    });
    expect(r.regionCode?.slice(0, 4)).toBe('4419');
  });
});
