/**
 * A story's metadata, each shape in a composed wording: its headline (a question or an
 * exclamation, or set in two lines), its outlet in a dateline that names the city it files
 * from, its date (a dateline without a year gives none), whose it is (the organ its foot
 * names as source, never the organ a reporter's headline names), the programme (a list's
 * introduction is not one; a bare name the text writes out as national is national) and the
 * kind of a notice that lists nothing.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { kindOfReport } from '../../../src/main/core/import/extract/notice-kind';
import { cleanProgramme } from '../../../src/main/core/import/extract/programme';
import { txtDoc } from './helpers';

const meta = (text: string) => extractNotice(txtDoc(text), { fileName: 't' }).metadata;

const PROSE =
  '据了解，创建工作从两年前开始启动，各地按照评价标准逐级推荐，经过材料审核和实地考察，最终确定了名单，入选单位将获得统一标识。';

describe('a story’s headline', () => {
  it('is a question or an exclamation above the body, not its first sentence', () => {
    const m = meta(
      [
        '汉中这18个村又获得“国字号”荣誉，看看是你们村吗？',
        '',
        '近日，国家林业和草原局公布了国家森林乡村名单，汉中市共有18个村被评定为国家森林乡村。',
        PROSE,
        // A forum post quotes its headline over the list.
        '汉中这18个村又获得“国字号”荣誉，看看是你们村吗？',
        '城固县：原公镇青龙寺村',
      ].join('\n'),
    );
    expect(m.title).toBe('汉中这18个村又获得“国字号”荣誉，看看是你们村吗？');
  });

  it('set in two lines, the second telling the local outcome, is both lines', () => {
    const m = meta(
      [
        '第七届全国文明村镇拟命名名单公示',
        '珲春市2村上榜',
        '3月24日，中央文明办发布第七届全国文明村镇拟命名名单的公示。其中，珲春市敬信镇防川村、英安镇甩湾子村成功上榜。',
        PROSE,
      ].join('\n'),
    );
    expect(m.title).toBe('第七届全国文明村镇拟命名名单公示 珲春市2村上榜');
  });

  it('printed twice, the copy right under it, is one headline', () => {
    const head = '珲春市2村入选第七届全国文明村镇名单';
    const m = meta(
      [
        head,
        head,
        '3月24日，中央文明办发布第七届全国文明村镇名单。其中，珲春市敬信镇防川村、英安镇甩湾子村成功入选。',
        PROSE,
      ].join('\n'),
    );
    expect(m.title).toBe(head);
  });

  it('keeps a document title whose next line is a sentence as it is', () => {
    const m = meta(
      '关于第七届全国文明村镇拟命名名单的公示\n珲春市有两个村上榜，名单如下：\n' + PROSE,
    );
    expect(m.title).toBe('关于第七届全国文明村镇拟命名名单的公示');
  });
});

describe('whose story it is', () => {
  it('the outlet of a dateline that names the city it files from; no year, no date', () => {
    const m = meta(
      [
        '江苏54个社区入选2022年全国示范性老年友好型社区',
        '人民网南京10月27日电 近日，国家卫健委和全国老龄办公布了2022年全国示范性老年友好型社区名单，江苏54个社区入选。',
        PROSE,
      ].join('\n'),
    );
    expect(m.issuer).toBe('人民网');
    expect(m.issuedOn).toBeNull();
  });

  it('the organ its foot names as source, over the organ its lead says acted', () => {
    const m = meta(
      [
        '日前',
        '国家林业和草原局公布',
        '第一批国家森林乡村名单',
        '其中三明市有23个入选',
        PROSE,
        '来源：三明市林业局',
        '本期编辑：某某',
      ].join('\n'),
    );
    expect(m.issuer).toBe('三明市林业局');
  });

  it('nobody named, when a reporter’s headline names the organ that acted', () => {
    const m = meta(
      [
        '民政部确认497个全国村级议事协商创新实验试点单位',
        '原标题：民政部确认497个全国村级议事协商创新实验试点单位',
        '民政部今天公布，将497个单位确认为全国村级议事协商创新实验试点单位，并要求各地认真开展宣传教育培训。',
      ].join('\n'),
    );
    expect(m.issuer).toBeNull();
  });
});

describe('the programme', () => {
  it('is never the words introducing a list', () => {
    const ex = extractNotice(
      txtDoc(
        [
          '江苏54个社区入选2022年全国示范性老年友好型社区',
          '人民网南京10月27日电 近日，国家卫健委和全国老龄办公布了2022年全国示范性老年友好型社区名单，江苏54个社区入选。',
          '江苏入选社区如下（54个）：',
          '南京市秦淮区洪武路街道马府街社区',
          '南京市鼓楼区挹江门街道丁山社区',
        ].join('\n'),
      ),
      { fileName: 't' },
    );
    expect(ex.records.map((r) => r.programme)).toEqual([
      '全国示范性老年友好型社区',
      '全国示范性老年友好型社区',
    ]);
    expect(cleanProgramme('全国示范性老年友好型社区名单如下', null)?.name).toBe(
      '全国示范性老年友好型社区',
    );
  });

  it('a bare name the text writes out as national is national, not the headline’s province', () => {
    const m = meta(
      [
        '福建这15个地方太牛了！又添一项“国字号”荣誉！',
        '台海网10月4日讯 近日，农业农村部公布了第九批“一村一品”示范村镇名单，认定442个村镇为第九批全国“一村一品”示范村镇，其中包含福建15个。',
        PROSE,
      ].join('\n'),
    );
    expect(m.programme).toBe('全国一村一品示范村镇');
    expect(m.issuer).toBe('台海网');
  });
});

describe('the kind of a notice that lists nothing', () => {
  it('a 推荐名单 or a story of a 创建 round is no call for applications', () => {
    expect(kindOfReport('application_notice', 'confirmation', 0, '第二批示范村镇推荐名单')).toBe(
      'other',
    );
    expect(kindOfReport('rules', 'news', 0, '各地积极开展示范性老年友好型社区创建工作')).toBe(
      'other',
    );
    expect(kindOfReport('application_notice', 'application_call', 0, '关于申报的通知')).toBe(
      'application_notice',
    );
  });

  it('a report is about the units its programme names', () => {
    expect(
      kindOfReport(
        'rules',
        'progress_report',
        0,
        '打造社区治理和服务特色品牌',
        '全国城乡社区治理和服务创新实验区',
      ),
    ).toBe('zone_approval');
  });
});
