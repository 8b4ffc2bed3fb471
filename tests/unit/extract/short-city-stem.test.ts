/**
 * A body named after its prefecture-level city written short ("广州海关", "广州出入境检验检疫局")
 * lies in that city, in a list of honoured units one a line as in a run; a university or a street
 * named after a city (中山大学, 长春路) does not.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { shortCityStem } from '../../../src/main/core/import/extract/short-city-stem';
import { txtDoc } from './helpers';

const lookup = gazetteerRegionLookup();

describe('a city written short before a body’s name', () => {
  it('is the city the body lies in', () => {
    expect(shortCityStem('广州海关', lookup)).toBe(2);
    expect(shortCityStem('广州白云国际机场股份有限公司', lookup)).toBe(2);
  });

  it('places the honoured units of a list one a line', () => {
    const records = extractNotice(
      txtDoc(
        '广州入选全国文明单位名单:\n广州市第二公共汽车公司\n海珠区沙园街道办事处\n广州白云国际机场股份有限公司\n广州出入境检验检疫局\n广州海关\n',
      ),
      { fileName: 't.txt', regions: lookup },
    ).records;
    expect(records.map((r) => `${r.regionText}|${r.unit ?? ''}`)).toEqual([
      '广州市|广州市第二公共汽车公司',
      '海珠区沙园街道|海珠区沙园街道办事处',
      '广州|广州白云国际机场股份有限公司',
      '广州|广州出入境检验检疫局',
      '广州|广州海关',
    ]);
  });
});

describe('a name only named after a city', () => {
  it('is no body of that city', () => {
    expect(shortCityStem('中山大学附属第一医院', lookup)).toBeNull();
    expect(shortCityStem('长春路街道办事处', lookup)).toBeNull();
    expect(shortCityStem('共青团委员会', lookup)).toBeNull();
    // A road or street with its direction, a bay's new area, a park or memorial after 中山.
    expect(shortCityStem('南京东路街道办事处', lookup)).toBeNull();
    expect(shortCityStem('延安中路街道办事处', lookup)).toBeNull();
    expect(shortCityStem('杭州湾新区管委会', lookup)).toBeNull();
    expect(shortCityStem('中山公园管理处', lookup)).toBeNull();
    expect(shortCityStem('中山纪念堂管理处', lookup)).toBeNull();
  });
});
