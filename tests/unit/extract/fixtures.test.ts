/** Composed notices in layouts and wordings the seeds do not have. */
import { describe, expect, it } from 'vitest';
import { codes, extractFixture } from './helpers';
import { findWarning } from '../../../src/shared/notice-warnings';

const rows = (name: string): [number | null, string | null, string][] =>
  extractFixture(name).records.map((r) => [r.seq, r.regionText, r.title]);

describe('composed fixtures', () => {
  it('category headings with stated counts (一、…类（N个）), numbering restarting per category', () => {
    const n = extractFixture('f01-case-categories.txt');
    expect(n.metadata.kind).toBe('case_list');
    expect(n.records.map((r) => r.seq)).toEqual([1, 2, 3, 1, 2, 3]);
    expect(n.records[3]).toMatchObject({
      regionText: '嘉兴市南湖区凤桥镇',
      category: '乡镇（街道）服务能力建设类',
    });
    expect(n.warnings.filter((w) => w.code === 'count_mismatch')).toEqual([
      expect.objectContaining({ stated: 2, found: 3 }),
    ]);
    expect(codes(n)).not.toContain('numbering_gap');
    expect(n.metadata.issuedOn).toBe('2023-11-20');
  });

  it('one-sentence list: province and city written once are inherited', () => {
    const n = extractFixture('f02-sentence-inherited.txt');
    expect(n.metadata.kind).toBe('zone_approval');
    expect(n.records.map((r) => r.regionText)).toEqual([
      '湖北省武汉市江汉区',
      '武昌区',
      '汉阳区',
      '湖北省宜昌市西陵区',
      '伍家岗区',
      '湖北省襄阳市樊城区',
    ]);
    expect(n.records[1]?.regionContext).toEqual({ province: '湖北省', city: '武汉市' });
    expect(n.records[4]?.regionContext).toEqual({ province: '湖北省', city: '宜昌市' });
    expect(n.records[0]).toMatchObject({
      batch: '第五批',
      programme: '省级社区治理和服务创新实验区',
    });
    const byKind = Object.fromEntries(n.rules.map((r) => [r.kind, r.params]));
    expect(byKind.cycle).toMatchObject({ years: 3 });
    expect(byKind.range).toEqual({ from: '2023-07', to: '2026-06' });
    // "每年12月底前报送年度工作总结" is when the yearly summary is due, not an application deadline.
    expect(byKind.annual_deadline).toBeUndefined();
    expect(byKind.annual_summary).toMatchObject({ month: 12, day: 31 });
    expect(Object.keys(byKind)).toEqual(
      expect.arrayContaining(['annual_summary', 'final_report', 'acceptance']),
    );
  });

  it('traditional characters with 「省。單位、單位」 labels keep raw text in values', () => {
    const n = extractFixture('f03-traditional.txt');
    expect(n.metadata.kind).toBe('zone_approval');
    expect(n.metadata.issuer).toBe('民政部');
    expect(n.records.map((r) => r.regionText)).toEqual([
      '諸城市',
      '壽光市',
      '南縣',
      '攸縣',
      '株洲市蘆淞區',
      '通遼市科爾沁區',
      '赤峰市紅山區',
      '元寶山區',
    ]);
    expect(n.records[0]?.regionContext).toEqual({ province: '山東' });
    expect(n.records[7]?.regionContext).toEqual({ province: '內蒙古', city: '赤峰市' });
    expect(n.rules.find((r) => r.kind === 'cycle')?.params).toMatchObject({
      years: 3,
      atMost: true,
    });
  });

  it('tab-separated table with header 序号/地区/案例名称', () => {
    const n = extractFixture('f04-tab-table.txt');
    expect(n.metadata.kind).toBe('case_list');
    expect(rows('f04-tab-table.txt')[2]).toEqual([
      3,
      '河北省石家庄市长安区',
      '网格“三张清单”提升服务精度',
    ]);
    expect(n.records).toHaveLength(5);
    expect(codes(n)).toEqual([]);
    expect(n.metadata.issuer).toBe('民政部办公厅');
  });

  it('table with columns in another order (主题/单位名称/序号)', () => {
    const n = extractFixture('f05-table-other-order.txt');
    expect(rows('f05-table-other-order.txt')).toEqual([
      [1, '福州市鼓楼区东街街道办事处', '构建“红色物业”联动机制'],
      [2, '泉州市晋江市青阳街道', '打造侨乡社区协商平台'],
      [3, '宁德市霞浦县松城街道', '山海协作推进社区服务下沉'],
    ]);
    expect(n.records[0]).toMatchObject({
      kind: 'zone',
      batch: '第二批',
      regionContext: { province: '福建省' },
    });
  });

  it('observation list with （1） numbering, —— and masked text', () => {
    const n = extractFixture('f06-observation-dash-masked.txt');
    expect(n.metadata).toMatchObject({
      kind: 'observation_list',
      issuedOn: '2022-08-05',
      province: '江苏省',
      provinceInferred: true,
    });
    expect(rows('f06-observation-dash-masked.txt')[0]).toEqual([
      1,
      '无锡市梁溪区清名桥街道',
      '古运河畔的“邻里共治”实践',
    ]);
    expect(n.records.every((r) => (r.content ?? '').length > 20)).toBe(true);
    expect(findWarning(n.warnings, 'masked_text')?.seqs).toEqual([2, 3]);
  });

  it('date in Chinese numerals and a 文号 in square brackets', () => {
    const n = extractFixture('f07-chinese-date.txt');
    expect(n.metadata).toMatchObject({
      issuedOn: '2023-05-12',
      docNo: '辽民函〔2023〕45号',
      docNoRaw: '辽民函[2023]45号',
      issuer: '辽宁省民政厅',
    });
    expect(codes(n)).not.toContain('suspicious_doc_no');
    expect(rows('f07-chinese-date.txt')[1]).toEqual([
      2,
      '大连市西岗区香炉礁街道',
      '“协商议事日”制度化',
    ]);
  });

  it('three-year range and "region：task" lines without numbers (城区, 津市市)', () => {
    const n = extractFixture('f08-cycle-range.txt');
    expect(n.metadata.kind).toBe('zone_approval');
    expect(n.records.map((r) => r.regionText)).toEqual([
      '天津市河西区',
      '山西省阳泉市城区',
      '湖南省常德市津市市',
    ]);
    const byKind = Object.fromEntries(n.rules.map((r) => [r.kind, r.params]));
    expect(byKind.range).toEqual({ from: '2015-07', to: '2018-06' });
    expect(byKind.cycle).toMatchObject({ years: 3 });
    expect(Object.keys(byKind)).toEqual(
      expect.arrayContaining(['annual_plan', 'annual_summary', 'extension']),
    );
    expect(n.metadata.issuedOn).toBe('2015-07-03');
  });

  it('公示 list grouped by county with counts, objection window, not zones or cases', () => {
    const n = extractFixture('f09-objection-window.txt');
    expect(n.rules.find((r) => r.kind === 'objection_window')?.params).toEqual({
      from: '2023-04-18',
      to: '2023-04-24',
    });
    expect(n.records.map((r) => r.regionText)).toEqual([
      '南陵县籍山镇新建村',
      '南陵县许镇镇马仁村',
      '繁昌区繁阳镇龙亭社区',
      '繁昌区孙村镇金岭社区',
    ]);
    expect(n.records.every((r) => r.kind === 'other')).toBe(true);
    expect(codes(n)).not.toContain('count_mismatch');
  });

  it('numbering gap and a stated count the list does not reach', () => {
    const n = extractFixture('f10-gap-count.txt');
    expect(n.warnings.find((w) => w.code === 'numbering_gap')).toMatchObject({ from: 6, to: 7 });
    expect(n.warnings.find((w) => w.code === 'count_mismatch')).toMatchObject({
      stated: 10,
      found: 8,
    });
    expect(n.records.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 8, 9, 10]);
    expect(n.records[5]?.regionText).toBe('广西壮族自治区南宁市青秀区');
  });

  it('write-ups: heading on one or two lines, paragraphs become the content', () => {
    const n = extractFixture('f11-writeup.txt');
    expect(n.metadata.kind).toBe('case_writeups');
    expect(rows('f11-writeup.txt')).toEqual([
      [null, '四川省成都市武侯区玉林街道', '“玉林邻里”营造社区生活共同体'],
      [null, '重庆市九龙坡区', '以“院坝会”推动城乡社区协商常态化'],
    ]);
    expect(n.records[1]?.content?.split('\n')).toHaveLength(2);
  });

  it('one-cell-per-line table with a wrapped region cell', () => {
    const n = extractFixture('f12-cell-table.txt');
    expect(rows('f12-cell-table.txt')).toEqual([
      [1, '郑州市金水区', '“三社联动”助推社区服务专业化'],
      [2, '洛阳市涧西区', '老工业基地社区治理转型'],
      [3, '南阳市卧龙区', '城乡结合部社区融合治理探索'],
    ]);
    expect(n.warnings.find((w) => w.code === 'split_cell')).toMatchObject({ seq: 2 });
    expect(n.metadata.docNo).toBe('豫民函〔2020〕17号');
  });
});
