/**
 * Lists and stories as cities and counties publish them: a unit whose name starts like a far
 * county under the district it is listed in, a PDF table numbered ①② whose write-up column
 * wraps over many short lines, a case put forward by an organ and named bare before 等N个, a
 * title telling a selection was made, a 公示 of units proposed for a title whose list never came,
 * its closing date, a portal channel's dateline and a 稿源 line, the page's own headline kept
 * however loosely its story repeats it, and a date stamp set in brackets.
 */
import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../../src/main/core/import/source-document';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { parseNumber } from '../../../src/main/core/import/extract/chinese-numerals';
import { readResolved, txtDoc } from './helpers';

const extract = (doc: SourceDocument) =>
  extractNotice(doc, { fileName: 't', regions: gazetteerRegionLookup() });

describe('a unit whose name starts like a far county', () => {
  it('is no prefix under the district it is listed in', () => {
    const lookup = gazetteerRegionLookup({ asOf: '2019-06-01' });
    expect(lookup.splitPrefix('泰宁花园社区', {})?.regionText).toBe('泰宁');
    expect(lookup.splitPrefix('泰宁花园社区', { county: '晋安区' })).toBeNull();
    // A unit of the district itself still splits as before.
    expect(lookup.splitPrefix('晋安区鼓山镇', { county: '晋安区' })?.regionText).toBe(
      '晋安区鼓山镇',
    );
  });
});

describe('a PDF table numbered with circled numerals', () => {
  it('reads ① as 1', () => {
    expect(parseNumber('③')).toBe(3);
    expect(parseNumber('⑳')).toBe(20);
  });

  it('keeps rows whose narrow write-up column wraps over many short lines', () => {
    const wrapped = (name: string) => [
      `${name}是省级文明社区，社`,
      ...Array.from({ length: 14 }, (_, k) => `区以邻里互助为特色第${k}`),
      '项工作扎实推进。',
    ];
    const text = [
      '青禾市十佳社区风采展示',
      '经过推荐评审，十佳社区名单近日确定，现将部分社区介绍如下。',
      '序号\t社区\t简介',
      '①\t鼓楼区东街街道安泰社区\t' + wrapped('安泰社区')[0],
      ...wrapped('安泰社区').slice(1),
      '②\t台江区茶亭街道广达社区\t' + wrapped('广达社区')[0],
      ...wrapped('广达社区').slice(1),
    ].join('\n');
    const { n } = readResolved(text);
    expect(n.records.map((r) => [r.seq, r.title])).toEqual([
      [1, ''],
      [2, ''],
    ]);
  });
});

describe('a case put forward by an organ, named bare before 等N个', () => {
  it('is the counted list’s example, placed where the organ is', () => {
    const { n, codes } = readResolved(
      [
        '首届城市治理创新奖揭晓',
        '本报讯 近日，首届城市治理创新奖在京揭晓，嘉定区民政局申报的楼组自治积分模式等8个地方治理创新项目荣获优秀奖。',
        '据了解，该奖项共收到申请项目200余个。',
      ].join('\n\n'),
    );
    expect(n.records.map((r) => r.title)).toEqual(['楼组自治积分模式']);
    expect(codes).toEqual(['310114']);
  });
});

describe('roles and rules of a city’s notices', () => {
  it('a title telling a selection was made is no call for applications', () => {
    const n = extractNotice(
      txtDoc(
        [
          '共评选出石桥镇枫岭村等15个全市优秀“文明村”',
          '为表彰先进，市文明办对全市优秀文明村予以通报表扬。经过逐级推荐、从严把关，共评选出石桥镇枫岭村等15个全市优秀“文明村”。',
        ].join('\n'),
      ),
      { fileName: 't' },
    );
    expect(n.metadata.role).not.toBe('application_call');
  });

  it('a 公示 of units proposed for a title is that list, even when the list did not come', () => {
    const n = extractNotice(
      txtDoc(
        [
          '关于第三批全市文明社区的公示',
          '为树立先进典型，市文明办决定命名一批文明社区。为加强社会监督，现将拟命名单位公示如下。公示截止日期为2021年5月20日。',
          '对公示名单有异议的，请向市文明办反映。',
          '某市文明办',
          '2021年5月13日',
        ].join('\n'),
      ),
      { fileName: 't' },
    );
    expect(n.metadata.role).toBe('confirmation');
    expect(n.rules.find((r) => r.kind === 'objection_window')?.params).toMatchObject({
      to: '2021-05-20',
    });
  });
});

describe('a news page’s outlet and date', () => {
  const lead =
    '日前，省民政厅公布了第二批城乡社区协商示范村名单，我市3个村入选，入选村将在议事协商方面先行先试。';

  it('a portal’s news channel in the dateline', () => {
    const n = extractNotice(
      txtDoc(['我市3个村入选省级协商示范村', `湘网时刻新闻5月6日讯 ${lead}`].join('\n')),
      {
        fileName: 't',
      },
    );
    expect(n.metadata.issuer).toBe('湘网时刻新闻');
  });

  it('the outlet a 稿源 line names, whatever its name', () => {
    const n = extractNotice(
      txtDoc(['我市3个村入选省级协商示范村', '稿源：甬城派　2020-05-06 10:20:00', lead].join('\n')),
      { fileName: 't' },
    );
    expect(n.metadata.issuer).toBe('甬城派');
  });

  it('a date stamp set in brackets', () => {
    const n = extractNotice(
      txtDoc(
        [
          '我市3个村入选省级协商示范村',
          '【 2020-05-06 10:20:00 】 【 来源：江畔日报 】',
          lead,
        ].join('\n'),
      ),
      { fileName: 't' },
    );
    expect(n.metadata.issuedOn).toBe('2020-05-06');
  });
});

describe('the page’s own headline', () => {
  const doc = (format: 'html' | 'pdf', title: string, hint: string): SourceDocument => ({
    format,
    text: [
      title,
      '来源：江畔日报',
      '近日，司法部网站公示的复核名单中，我市青龙街道龙湾社区、白鹤镇新桥村、金鸡镇五里村等3个村（社区）在列，数量居全省前列。',
      '据了解，复核工作在各地自查、初核的基础上进行，形成了复核名单，此次复核保留了大多数单位的称号。',
      '近年来，我市坚持自治、法治、德治相结合，不断推进基层治理体系和治理能力现代化，农村民主法治建设得到加强。',
      '下一步，市司法局将继续深化创建活动，提质升级现有示范村，全面深化乡村“法律明白人”培养工程，为乡村振兴营造良好的法治环境。',
      '各村（社区）将以此为契机，进一步完善村规民约，健全议事协商机制，推动矛盾纠纷就地化解，让群众有更多获得感、幸福感和安全感。',
    ].join('\n'),
    blocks: [],
    hints: { title: hint },
  });

  it('is kept when the file is titled with it, however loosely the story repeats its words', () => {
    const t = '国家级榜单公示！我市3个村（社区）上榜';
    expect(extract(doc('html', t, `${t}_江畔网`)).metadata.title).toBe(t);
  });

  it('is never a document number the file’s title property holds', () => {
    const no = '江民复〔2020〕9号';
    expect(extract(doc('pdf', no, no)).metadata.title).not.toBe(no);
  });

  it('is found under the file’s title whatever the width of its punctuation', () => {
    const t = '动动手指，请为江畔十佳社区点赞！';
    expect(extract(doc('pdf', t, t)).metadata.title).toBe(t);
  });
});
