/**
 * What a headline or a sentence says happened to the units is no part of the programme's
 * name: a unit that passed or won before it (我区通过…, 某区获省…称号), a document that
 * published the list (印发…名单), an organ's act on the list (公示一批拟命名…, 已认定首批…),
 * and after it what befell the units (…名单入选, …获奖名单, …并授牌, …验收) or the words
 * introducing the lines (…名单如下). A bare 省 opening the name is the province's scope.
 */
import { describe, expect, it } from 'vitest';
import { listName } from '../../../src/main/core/import/extract/list-name';
import { cleanProgramme, programmeIn } from '../../../src/main/core/import/extract/programme';

describe('a programme named with what happened to its units', () => {
  it('drops a unit that passed or won, and reads a bare 省 as the province', () => {
    expect(programmeIn('我区通过省现代社区治理创新实验区验收', '江苏省')?.name).toBe(
      '江苏省现代社区治理创新实验区',
    );
    expect(programmeIn('某区获省和谐社区建设示范城区称号', '湖北省')?.name).toBe(
      '湖北省和谐社区建设示范城区',
    );
  });

  it('drops a publishing document’s verb', () => {
    expect(programmeIn('按照《关于印发完整社区建设试点名单的通知》要求', null)?.name).toBe(
      '完整社区建设试点',
    );
  });

  it('drops what befell the units after the name', () => {
    expect(
      cleanProgramme('决定命名某县某村等320个村寨为第五批贵州省少数民族特色村寨并授牌', null),
    ).toEqual({ name: '贵州省少数民族特色村寨', year: null, batch: '第五批' });
    expect(listName('合肥市十大幸福小区获奖名单')?.name).toBe('合肥市十大幸福小区');
    expect(listName('第一批国家森林乡村入选名单')?.name).toBe('国家森林乡村');
    // A count of what the list holds, in brackets after 名单, is no part of the name either.
    expect(listName('江西省第二届“十佳”村规民约名单（共10篇）')?.name).toBe('江西省“十佳”村规民约');
  });

  it('drops an organ’s act on the list before the name', () => {
    expect(listName('我区公示一批拟命名省级卫生镇、卫生村和卫生社区名单')?.name).toBe(
      '省级卫生镇、卫生村和卫生社区',
    );
    expect(listName('此前某省已认定首批省级全域旅游示范区')).toEqual({
      name: '省级全域旅游示范区',
      year: null,
      batch: '首批',
    });
  });

  it('names no list by the words introducing its lines, nor by a headline saying it is out', () => {
    expect(listName('四川拟入选名单如下')).toBeNull();
    // the name such a headline gives is read where a headline is read as a list's name
    expect(listName('某省千年古镇、千年古村落地名文化遗产名单公布')).toBeNull();
  });

  it('keeps a campaign inside the name (创建活动) and an organ’s own 省委', () => {
    expect(cleanProgramme('“绿色社区 美丽家园”创建活动示范社区', null)?.name).toBe(
      '绿色社区美丽家园创建活动示范社区',
    );
    expect(programmeIn('入选省级示范点', null)).toBeNull();
  });
});
