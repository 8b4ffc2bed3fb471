/**
 * Tourism honours named by no 示范 or 实验 word. Villages and towns listed for their rural tourism
 * are named by 乡村旅游重点村 (镇, 村镇, 镇(乡)), so a lead naming the batch is read over the
 * honours a village holds, and a notice of the village list and the town list together is the
 * 村镇 programme, its town level written 镇(乡) too. Night-time clusters are named by their full
 * 文化和旅游消费集聚区, a headline's short form counting a province's share. A list's step between
 * its batch and scope (第一批拟入选全国…) leaves the batch to the name. Composed from the shapes.
 */
import { describe, expect, it } from 'vitest';
import { noticeProgramme } from '../../../src/main/core/import/extract/notice-programme';
import { programmeIn } from '../../../src/main/core/import/extract/programme';

describe('a rural-tourism key village list', () => {
  it('is named by its key-village word', () => {
    expect(programmeIn('对首批全国乡村旅游重点村进行授牌,甲村成功入选。', null)).toMatchObject({
      name: '全国乡村旅游重点村',
      batch: '首批',
    });
    expect(programmeIn('甲市4个行政村入围省级乡村旅游重点村名单', null)?.name).toBe(
      '省级乡村旅游重点村',
    );
  });

  it('is read before the honours a village holds', () => {
    const opening =
      '28日,对首批全国乡村旅游重点村进行授牌,甲村成功入选。甲村先后获得国家AAAA级景区、' +
      '国家级农业旅游示范区、国家级生态示范区等称号。';
    expect(noticeProgramme(null, opening, null)?.name).toBe('全国乡村旅游重点村');
  });

  it('joins its village and town lists as the 村镇 programme, towns written 镇(乡)', () => {
    const opening =
      '公示第三批全国乡村旅游重点村名单和第一批全国乡村旅游重点镇(乡)名单,我省7村3镇入榜。';
    expect(noticeProgramme('我省共有7村3镇入榜', opening, null)?.name).toBe('全国乡村旅游重点村镇');
  });

  it('leaves other key villages alone (controls)', () => {
    expect(programmeIn('甲村是扶贫开发重点村', null)).toBeNull();
    expect(programmeIn('甲村是全国重点村', null)).toBeNull();
  });
});

describe('a list’s step between its batch and its scope', () => {
  it('keeps the batch and drops the step', () => {
    expect(programmeIn('第一批拟入选全国乡村旅游重点村名录出炉', null)).toMatchObject({
      name: '全国乡村旅游重点村',
      batch: '第一批',
    });
    expect(programmeIn('首批入围全国乡村治理示范村镇名单', null)).toMatchObject({
      name: '全国乡村治理示范村镇',
      batch: '首批',
    });
  });

  it('leaves a step with no batch before it to the frame (control)', () => {
    expect(programmeIn('甲村拟入选全国乡村治理示范村', null)).toMatchObject({
      name: '全国乡村治理示范村',
      batch: null,
    });
  });
});

describe('a night-time culture and tourism cluster list', () => {
  it('is named by its full name, its batch kept', () => {
    const opening =
      '本报讯 文化和旅游部网站近日公布第二批国家级夜间文化和旅游消费集聚区名单,共123家单位入围。' +
      '其中我省甲市鼓楼特色文化街区、乙市古城入围。';
    expect(noticeProgramme('某省四家夜间文旅消费集聚区晋级国家队', opening, null)).toMatchObject({
      name: '国家级夜间文化和旅游消费集聚区',
      batch: '第二批',
    });
  });

  it('leaves the headline’s short form and an industry’s cluster alone (controls)', () => {
    expect(programmeIn('某省四家夜间文旅消费集聚区晋级国家队', null)).toBeNull();
    expect(programmeIn('甲县产业集聚区', null)).toBeNull();
  });
});
