/**
 * Shapes of county and city pages composed from our own lines: a PDF table whose group
 * headings lost their TABs (a line across the table between numbered rows) and whose town
 * rows lost their empty village cell, a page's byline under its title (organ, clocked date,
 * font switch) that names no unit, and a cycle whose number is set apart by spaces.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const read = (lines: string[]) => readResolved(lines.join('\n'));

describe('a PDF table with group headings printed across it', () => {
  const table = [
    '第一批全省某某示范村镇名单',
    '序号\t县\t乡（镇）\t村',
    '全省某某示范乡镇',
    '1\t滦南县\t倴城镇',
    '全省某某示范村',
    '2\t迁西县\t太平寨镇\t东岭村',
    '3\t乐亭县\t汤家河镇\t西庄村',
    '4\t玉田县\t鸦鸿桥镇\t南河村',
    '各示范村镇要发挥示范带动作用。',
  ];

  it('reads each group line as a category, not as a wrapped cell', () => {
    const { n } = read(table);
    expect(n.records.map((r) => [r.seq, r.category])).toEqual([
      [1, '全省某某示范乡镇'],
      [2, '全省某某示范村'],
      [3, '全省某某示范村'],
      [4, '全省某某示范村'],
    ]);
  });

  it('a town row without its village keeps its county and town in their columns', () => {
    const { n, codes } = read(table);
    expect(n.records[0]?.regionText).toBe('滦南县倴城镇');
    expect(codes[0]).toBe('130224');
    expect(n.records.map((r) => r.title)).toEqual(['', '', '', '']);
  });

  it('a wrapped title still joins its row', () => {
    const { n } = read([
      '序号\t单位\t实验主题',
      '1\t河北省唐山市滦南县\t以村民议事会为平台，探索农村社区协商',
      '议事新机制',
      '2\t河北省唐山市乐亭县\t完善农村社区服务设施',
    ]);
    expect(n.records).toHaveLength(2);
    expect(n.records[0]?.title).toContain('议事新机制');
  });
});

describe("a page's byline under its title", () => {
  it('is no unit written up below it', () => {
    const { n } = read([
      '拟推荐某某示范村镇名单的公示',
      '浙江省农业农村厅　时间: 2030-03-02 10:12　【字体：大 中 小】',
      '经市县推荐，拟推荐安吉县天荒坪镇等5个乡镇为全省某某示范乡镇。具体名单见附表。现予公示。',
      '浙江省农业农村厅',
    ]);
    expect(n.records.some((r) => r.title.includes('时间'))).toBe(false);
    expect(n.records.some((r) => r.regionText === '浙江省')).toBe(false);
  });
});

describe('a cycle written with spaces around its number', () => {
  it('is read as the cycle', () => {
    const { n } = read([
      '我省将开展某某实验区建设工作',
      '实验区申报单位一般以县（市、区）为主，实验周期一般不超过 2 年。',
    ]);
    const cycle = n.rules.find((r) => r.kind === 'cycle');
    expect(cycle?.params).toMatchObject({ years: 2, atMost: true });
  });
});

describe('examples of two batches cited in one sentence, each listed again below', () => {
  const lead =
    '经各市推荐，省农业农村厅组织评审，拟认定济宁市嘉祥县纸坊镇等5个乡镇、烟台市莱阳市大山村等40个村为全省某某示范村镇。';

  it('are the list lines, not more entries', () => {
    const { n } = read([
      '山东省农业农村厅关于全省某某示范村镇评审结果的公示',
      lead,
      '全省某某示范镇名单',
      '济南市平阴县孝直镇',
      '济宁市嘉祥县纸坊镇',
      '淄博市沂源县燕崖镇',
      '全省某某示范村名单',
      '烟台市莱阳市团旺镇大山村',
      '潍坊市诸城市林家村镇东村',
      '临沂市沂南县岸堤镇西村',
    ]);
    expect(n.records.map((r) => r.regionText)).toEqual([
      '济南市平阴县孝直镇',
      '济宁市嘉祥县纸坊镇',
      '淄博市沂源县燕崖镇',
      '烟台市莱阳市团旺镇大山村',
      '潍坊市诸城市林家村镇东村',
      '临沂市沂南县岸堤镇西村',
    ]);
  });

  it('are kept when no list follows them', () => {
    const { n } = read([
      '山东省农业农村厅关于全省某某示范村镇评审结果的公示',
      lead,
      '具体名单见附件。',
    ]);
    expect(n.records.map((r) => r.regionText)).toEqual([
      '济宁市嘉祥县纸坊镇',
      '烟台市莱阳市大山村',
    ]);
  });
});

describe('a lead naming the rows of the table below it', () => {
  it('names a row whose village the division list lacks by its whole unit cell', () => {
    const { n } = read([
      '某某示范村名单公布',
      '我市滦南县倴城镇甲庄村、乐亭县汤家河镇乙庄村、玉田县鸦鸿桥镇丙庄村被认定为全国某某示范村。',
      '序号\t县\t乡（镇）\t村',
      '1\t滦南县\t倴城镇\t甲庄村',
      '2\t乐亭县\t汤家河镇\t乙庄村',
      '3\t玉田县\t鸦鸿桥镇\t丙庄村',
    ]);
    expect(n.records.map((r) => r.seq)).toEqual([1, 2, 3]);
  });
});

describe('a township under a county group row', () => {
  it('is read inside that county, not as a county written short elsewhere', () => {
    const { n, codes } = read([
      '序号\t乡镇\t村',
      '迁西县（2个）\t\t',
      '1\t太平寨镇\t东岭村',
      '2\t三屯营镇\t西岭村',
    ]);
    expect(n.records.map((r) => r.regionText)).toEqual(['太平寨镇', '三屯营镇']);
    expect(codes).toEqual(['130227', '130227']);
  });
});

describe('a story retelling a 公示 with its own share in the lead', () => {
  const lead =
    '7月30日，省农业农村厅对某某示范村镇评审结果进行公示。其中，唐山市迁西县三屯营镇、乐亭县汤家河镇西庄村、玉田县鸦鸿桥镇南河村拟被认定为全省某某示范村镇。';

  it('reads the units the 公示 proposes (拟被认定为) as entries', () => {
    const { n, codes } = read([lead]);
    expect(n.records.map((r) => r.regionText)).toEqual([
      '唐山市迁西县三屯营镇',
      '乐亭县汤家河镇西庄村',
      '玉田县鸦鸿桥镇南河村',
    ]);
    expect(codes).toEqual(['130227', '130225', '130229']);
  });

  it('keeps the lead units the reprinted list does not reach, once each', () => {
    const { n } = read([
      lead,
      '全省某某示范镇名单',
      '石家庄市井陉县天长镇',
      '唐山市迁西县三屯营镇',
      '邯郸市涉县偏城镇',
      '全省某某示范村名单',
      '石家庄市鹿泉区铜冶镇北村',
      '石家庄市赞皇县黄北坪乡东村',
      '保定市涞源县王安镇南村',
      '张家口市蔚县宋家庄镇西村',
    ]);
    const places = n.records.map((r) => r.regionText);
    expect(places.filter((p) => p?.endsWith('三屯营镇'))).toHaveLength(1);
    expect(places).toContain('乐亭县汤家河镇西庄村');
    expect(places).toHaveLength(9);
  });
});

describe("a 公示's own pick proposed as recommended", () => {
  it('gives the examples before 等 as its entries', () => {
    const { n, codes } = read([
      '拟推荐全省某某示范村镇名单的公示',
      '经市县推荐、省级评选，拟推荐迁西县三屯营镇等8个乡镇为全省某某示范乡镇，拟推荐乐亭县汤家河镇西庄村等40个村为全省某某示范村。具体名单见附表。现予公示。',
    ]);
    expect(n.records.map((r) => r.regionText)).toEqual(['迁西县三屯营镇', '乐亭县汤家河镇西庄村']);
    expect(codes).toEqual(['130227', '130225']);
  });
});

describe('units recommended up to another level', () => {
  // A 公示 of its counted pick for a higher level's title names its example as one of the pick
  // (拟推荐A等8个…为全国…, proposed-public-comment-lists.test.ts); named with no count of its
  // own, a unit sent up to another level's selection is a candidate, not an entry of the page.
  it('are candidates, not entries of the page, when no count makes them the pick', () => {
    const { n } = read([
      '拟推荐全国某某示范村名单的公示',
      '经市县推荐、省级评选，拟推荐迁西县三屯营镇参加全国某某示范乡镇评选。现予公示。',
    ]);
    expect(n.records).toEqual([]);
  });
});

describe('a date for objections to a 公示', () => {
  it('closes its window where the notice states no other', () => {
    const { n } = read([
      '关于全省某某示范村镇评审结果的公示',
      '经各市推荐，拟认定迁西县三屯营镇等5个乡镇为全省某某示范乡镇。',
      '如有异议，请于2030年8月4日前以书面形式实名向省农业农村厅某某处反映。',
    ]);
    expect(n.rules.map((r) => r.kind)).toContain('objection_window');
    expect(n.rules.find((r) => r.kind === 'objection_window')?.params).toMatchObject({
      to: '2030-08-04',
    });
  });

  it('leaves a stated window alone', () => {
    const { n } = read([
      '关于全省某某示范村镇评审结果的公示',
      '公示期为2030年4月18日至4月24日。如有异议，请于4月24日前反馈。',
    ]);
    const windows = n.rules.filter((r) => r.kind === 'objection_window');
    expect(windows.map((r) => r.params)).toEqual([{ from: '2030-04-18', to: '2030-04-24' }]);
  });
});
