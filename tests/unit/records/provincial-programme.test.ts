/**
 * A province's own programme as a notice about one of its units writes it: 省级, 全省, 本省 or
 * the province's name in front, an inclusive qualifier (城乡 of 城乡社区) kept or left out. Only
 * the unit's own province is meant; a national, a city's or another province's programme, or a
 * name whose subject differs, is never the same.
 */
import { describe, expect, it } from 'vitest';
import {
  isBareProgramme,
  provincialRelation,
  provincialTail,
} from '../../../src/main/core/records/provincial-programme';

const JIANGXI_COUNTY = '361023';

describe('a province programme written by its scope word', () => {
  it('is the programme of the unit’s province written with its name', () => {
    for (const scope of ['省级', '全省', '本省', '我省', '江西'])
      expect(
        provincialRelation(
          `江西省邻里协商创新实验区`,
          `${scope}邻里协商创新实验区`,
          JIANGXI_COUNTY,
        ),
      ).toBe('scope');
  });

  it('is the same with its inclusive qualifier left out, and says so', () => {
    expect(
      provincialRelation('江西省城乡社区邻里协商实验区', '省级社区邻里协商实验区', JIANGXI_COUNTY),
    ).toBe('qualifier');
    expect(
      provincialRelation('省级社区邻里协商实验区', '全省城乡社区邻里协商实验区', JIANGXI_COUNTY),
    ).toBe('qualifier');
  });

  it('never another province’s, a national or a city’s programme', () => {
    expect(
      provincialRelation('浙江省邻里协商创新实验区', '省级邻里协商创新实验区', JIANGXI_COUNTY),
    ).toBeNull();
    expect(
      provincialRelation('全国邻里协商创新实验区', '省级邻里协商创新实验区', JIANGXI_COUNTY),
    ).toBeNull();
    expect(
      provincialRelation('市级邻里协商创新实验区', '省级邻里协商创新实验区', JIANGXI_COUNTY),
    ).toBeNull();
    expect(provincialRelation('全省邻里协商创新实验区', '省级邻里协商创新实验区', '')).toBeNull();
  });

  it('never when a narrowing subject or another word differs', () => {
    expect(
      provincialRelation('江西省农村社区邻里协商实验区', '省级社区邻里协商实验区', JIANGXI_COUNTY),
    ).toBeNull();
    expect(
      provincialRelation('江西省城乡社区邻里协商实验区', '省级社区邻里互助实验区', JIANGXI_COUNTY),
    ).toBeNull();
    // the same name twice is no relation of this rule's (the identity itself joins it)
    expect(
      provincialRelation('省级邻里协商创新实验区', '省级邻里协商创新实验区', JIANGXI_COUNTY),
    ).toBeNull();
  });

  it('has a tail every writing of it ends with', () => {
    expect(provincialTail('省级城乡社区邻里协商实验区', JIANGXI_COUNTY)).toBe('社区邻里协商实验区');
    expect(provincialTail('江西省社区邻里协商实验区', JIANGXI_COUNTY)).toBe('社区邻里协商实验区');
    expect(provincialTail('全国社区邻里协商实验区', JIANGXI_COUNTY)).toBeNull();
  });
});

describe('a province programme written without its scope', () => {
  const ZHEJIANG_COMMUNITY = '330102010053';

  it('is the scoped name with its scope left out, either side first', () => {
    expect(provincialRelation('全省未来社区试点', '未来社区试点', ZHEJIANG_COMMUNITY)).toBe('bare');
    expect(provincialRelation('未来社区试点', '浙江省未来社区试点', ZHEJIANG_COMMUNITY)).toBe(
      'bare',
    );
    expect(provincialTail('未来社区试点', ZHEJIANG_COMMUNITY)).toBe('未来社区试点');
    expect(isBareProgramme('未来社区试点', ZHEJIANG_COMMUNITY)).toBe(true);
    expect(isBareProgramme('全省未来社区试点', ZHEJIANG_COMMUNITY)).toBe(false);
  });

  it('is not a national name, another subject, or a name too short to be a programme', () => {
    expect(
      provincialRelation('全省未来社区试点', '全国未来社区试点', ZHEJIANG_COMMUNITY),
    ).toBeNull();
    expect(provincialRelation('全省未来社区试点', '未来乡村试点', ZHEJIANG_COMMUNITY)).toBeNull();
    expect(provincialRelation('全省社区试点', '社区试点', ZHEJIANG_COMMUNITY)).toBeNull();
    expect(isBareProgramme('全国未来社区试点', ZHEJIANG_COMMUNITY)).toBe(false);
    expect(provincialTail('国家未来社区试点', ZHEJIANG_COMMUNITY)).toBeNull();
  });
});
