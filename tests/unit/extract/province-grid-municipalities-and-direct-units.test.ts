/**
 * A list of cities by province set as a grid, the province's label in the first cell and its
 * cities in the second, spaced: a municipality's row has no city beside it and lists the
 * municipality itself, whether the sheet kept it in the grid ("上海市 |") or wrote it alone on a
 * line over the grid ("北京市"); a province's directly run units written among its cities
 * ("青海省： | 西宁市 海西蒙古族藏族自治州 省直") are an entry at the province titled by the word.
 * Controls: a province's row with nothing beside it lists nothing; a municipality's row over the
 * rows of its own districts heads them; 市直 in a province's row has no city to lie in; a
 * municipality's organ over the grid is no municipality line.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const read = (...rows: string[]) =>
  readResolved(['附件1：', '失业动态监测城市名单', ...rows].join('\n'));

const grid = [
  '河北省：\t邯郸市 承德市 唐山市',
  '上海市\t',
  '江苏省：\t南京市 徐州市 苏州市',
  '青海省：\t西宁市 海西蒙古族藏族自治州 省直',
  '重庆市\t',
];

describe('a grid of provinces and their cities', () => {
  it('lists a municipality whose row has no city beside it', () => {
    const { codes } = read(...grid);
    expect(codes).toContain('310000');
    expect(codes).toContain('500000');
  });

  it('reads municipalities written alone on the lines over the grid', () => {
    const { codes } = read('北京市', '天津市', ...grid);
    expect(codes.slice(0, 3)).toEqual(['110000', '120000', '130400']);
  });

  it("holds a province's directly run units at the province, titled by the word", () => {
    const { n, codes } = read(...grid);
    const at = n.records.findIndex((r) => r.title === '省直');
    expect(codes[at]).toBe('630000');
    expect(codes).toContain('632800');
    expect(n.records.filter((r) => (r.regionText ?? '').includes('西宁'))).toHaveLength(1);
  });

  it('reads the kind from the list: cities a ministry watches are its watch points', () => {
    const { n } = read(...grid);
    expect(new Set(n.records.map((r) => r.kind))).toEqual(new Set(['observation']));
  });

  it("control: a province's row with nothing beside it lists nothing", () => {
    const { codes } = read(
      '河北省：\t',
      '山西省：\t太原市 大同市 阳泉市',
      '江苏省：\t南京市 徐州市',
    );
    expect(codes).not.toContain('130000');
    expect(codes).toHaveLength(5);
  });

  it("control: a municipality's row over its own districts heads them", () => {
    const { codes } = read('北京市\t', '\t东城区 西城区 朝阳区', '河北省：\t邯郸市 承德市');
    expect(codes).not.toContain('110000');
    expect(codes).toContain('130400');
  });

  it("control: 市直 in a province's row has no city to lie in", () => {
    const { n } = read('河北省：\t邯郸市 承德市 市直', '山西省：\t太原市 大同市');
    expect(n.records.some((r) => r.title === '市直')).toBe(false);
  });

  it("control: a municipality's organ over the grid is no municipality line", () => {
    const { codes } = read('北京市人力资源和社会保障局', ...grid);
    expect(codes).not.toContain('110000');
  });
});
