/**
 * Region strings as pages write them beyond the full chain: a street office as 街办 or 街, two
 * communities of one name in one county, a zone named after its county, a zone's office the
 * statistical table lists under the zone's longer name, a body of the notice's own city or
 * county written with 市 / 县 alone, a community written bare under a county's notice, and
 * an English page's pinyin. Each reads only what the text and the context agree on.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';

describe('a street office written 街办', () => {
  it('is the 街道 of that stem under the context district', () => {
    const r = resolveRegion('张家堡街办', { asOf: '2023-01-01', context: '陕西省西安市未央区' });
    expect(r.code).toBe('610112001');
  });

  it('is read after a written district, down to the township', () => {
    const r = resolveRegion('西安市雁塔区小寨路街办', { asOf: '2023-01-01' });
    expect(r.code).toBe('610113001');
  });
});

describe('a street office written 街 (Tianjin writes 南市街 for 南市街道)', () => {
  it('is the 街道 of that stem under the district before it', () => {
    const r = resolveRegion('河西区友谊路街', { asOf: '2010-01-01', context: '天津市' });
    expect(r.code).toBe('120103007');
  });

  it('stays the district when no 街道 of that stem lies in it', () => {
    const r = resolveRegion('河西区解放南路街', { asOf: '2010-01-01', context: '天津市' });
    expect(r.code).toBe('120103');
  });
});

describe('two communities of one name in one county', () => {
  it('answer the county they share, not nothing', () => {
    const r = resolveRegion('青岛市城阳区安乐社区', { asOf: '2022-01-01' });
    expect(r.code).toBe('370214');
    expect(r.regionCode).toBe('370214');
    expect(r.note).toContain('同名');
  });

  it('still leave far places of one name open', () => {
    const r = resolveRegion('朝阳', { asOf: '2022-01-01' });
    expect(r.code).toBeNull();
  });
});

describe('a zone named after its county, a township after it', () => {
  it('is that county when the township lies in it', () => {
    const r = resolveRegion('嵊泗综合实验区菜园镇', { asOf: '2019-01-01', context: '浙江省' });
    expect(r.regionCode).toBe('330922');
    expect(r.code).toBe('330922100');
  });

  it('works with the 试验区 spelling too', () => {
    const r = resolveRegion('长兴综合试验区太湖街道', { asOf: '2019-01-01' });
    expect(r.regionCode).toBe('330522');
  });

  it('is not guessed when the township is not in that county', () => {
    const r = resolveRegion('嵊泗综合实验区太湖街道', { asOf: '2019-01-01', context: '浙江省' });
    expect(r.regionCode).toBeNull();
  });
});

describe("a zone's office written after the bare zone word, under one city", () => {
  it('is the township the table lists under the zone-named office', () => {
    const r = resolveRegion('经开区京九街道', { asOf: '2021-01-01', context: '安徽省阜阳市' });
    expect(r.code).toBe('341272001');
    expect(r.regionCode).toBe('341200');
  });

  it('stays the city when no zone-named township holds the office', () => {
    const r = resolveRegion('高新区不存在办事处', { asOf: '2021-01-01', context: '安徽省阜阳市' });
    expect(r.code).toBe('341200');
  });
});

describe("a body of the notice's own place written with its level word", () => {
  it('市… under a city is that city', () => {
    const r = resolveRegion('市社会福利中心', { asOf: '2016-01-01', context: '湖北省荆州市' });
    expect(r.regionCode).toBe('421000');
  });

  it('县… under a county is that county', () => {
    const r = resolveRegion('县社会福利院', { asOf: '2016-01-01', context: '湖北省荆州市江陵县' });
    expect(r.regionCode).toBe('421024');
  });

  it('is nothing under a province', () => {
    expect(resolveRegion('市民政局', { asOf: '2016-01-01', context: '湖北省' }).code).toBeNull();
  });

  it('leaves a district named 市中区 alone', () => {
    const r = resolveRegion('市中区', { asOf: '2016-01-01', context: '山东省济南市' });
    expect(r.code).toBe('370103');
  });
});

describe("a community written bare under a notice's context", () => {
  it('is in the context county, not a far district of that short name', () => {
    const r = resolveRegion('朝阳', { asOf: '2014-01-01', context: '山东省德州市德城区' });
    expect(r.regionCode).toBe('371402');
  });

  it('is in the context county when nothing reads it at all', () => {
    const r = resolveRegion('海瑞', { asOf: '2013-01-01', context: '湖北省荆州市沙市区' });
    expect(r.regionCode).toBe('421002');
  });

  it('keeps a district of the same city written short', () => {
    const r = resolveRegion('陵城', { asOf: '2014-01-01', context: '山东省德州市德城区' });
    expect(r.regionCode).toBe('371403');
  });

  it('is left to be checked under a province it does not lie in', () => {
    const r = resolveRegion('南关', { asOf: '2014-01-01', context: '山东省' });
    expect(r.code).toBeNull();
  });
});

describe('a place written in English', () => {
  it('reads the district from its pinyin inside the context', () => {
    const r = resolveRegion('Xiangyang community, Chaoyang district', {
      asOf: '2014-01-01',
      context: '北京市',
    });
    expect(r.regionCode).toBe('110105');
  });

  it('reads a county-level city before its prefecture', () => {
    const r = resolveRegion('Wuli sub-district of Liling city, Zhuzhou city', {
      asOf: '2014-01-01',
    });
    expect(r.regionCode).toBe('430281');
  });

  it('answers nothing when the pinyin fits several districts', () => {
    const r = resolveRegion('Gulou district', { asOf: '2014-01-01' });
    expect(r.code).toBeNull();
  });
});
