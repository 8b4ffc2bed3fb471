/**
 * A province's own programme written with its scope word (全省, 我省, 本省) keeps that level when
 * the notice never names the province: read bare, the name would be of no level at all and
 * would match no list of the province. With the province known, its name stands in for the
 * scope word as before (control).
 */
import { describe, expect, it } from 'vitest';
import { cleanProgramme, programmeIn } from '../../../src/main/core/import/extract/programme';

describe('a province scope word with the province unknown', () => {
  it('keeps 全省 after a year or round', () => {
    expect(programmeIn('获得2030年度全省“绿色社区 美丽家园”创建活动示范社区称号', null)?.name).toBe(
      '全省绿色社区美丽家园创建活动示范社区',
    );
    expect(programmeIn('确定为2030年度全省乡村治理示范村', null)?.name).toBe('全省乡村治理示范村');
  });

  it('keeps the scope written 我省 as 全省', () => {
    expect(cleanProgramme('我省婚俗改革试点', null)?.name).toBe('全省婚俗改革试点');
  });

  it('reads the year and the pointing word after the kept word as it reads them bare', () => {
    // Kept in place, 全省 hid the year (and 各) from the steps that read them at the start.
    const yearly = programmeIn('关于公布我省2031年度城乡社区治理示范单位名单的通知', null);
    expect(yearly).toMatchObject({ name: '全省城乡社区治理示范单位', year: 2031 });
    expect(cleanProgramme('全省各城乡社区治理示范单位', null)?.name).toBe(
      '全省城乡社区治理示范单位',
    );
  });

  it('writes the province for the scope when the notice names it (control)', () => {
    expect(programmeIn('确定为2030年度全省乡村治理示范村', '江西省')?.name).toBe(
      '江西省乡村治理示范村',
    );
  });

  it('drops the speaking province before a national name (control)', () => {
    expect(cleanProgramme('我省国家公共文化服务体系示范区', null)?.name).toBe(
      '国家公共文化服务体系示范区',
    );
  });

  it('leaves a national name as written (control)', () => {
    expect(programmeIn('确定为2030年度全国乡村治理示范村', null)?.name).toBe('全国乡村治理示范村');
  });
});
