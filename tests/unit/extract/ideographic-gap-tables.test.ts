/**
 * A table flattened into lines on a web page (<br> lines, <li> items, one <div> per row):
 * its cells set apart by one full-width space, under a header split the same way. Read as
 * the same table, the county a merged cell carried down included; a single ASCII space and
 * a name padded with one full-width space stay as written.
 */
import { describe, expect, it } from 'vitest';
import { spaceTablesAsTabs } from '../../../src/main/core/import/extract/space-table';
import { readResolved } from './helpers';

const INTRO =
  '关于公布第二批社区协商示范点名单的通知\n\n各省民政厅：\n  经评审，现将名单公布如下。\n\n';

describe('tables whose cells are set apart by one full-width space', () => {
  it('reads each row under its header, a carried province included', () => {
    const { n, codes } = readResolved(
      INTRO +
        '序号　省份　地区\n' +
        '1　江苏省　南京市溧水区\n' +
        '2　徐州市鼓楼区\n' +
        '3　浙江省　杭州市西湖区\n' +
        '4　衢州市\n',
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '江苏省南京市溧水区',
      '江苏省徐州市鼓楼区',
      '浙江省杭州市西湖区',
      '浙江省衢州市',
    ]);
    expect(codes).toEqual(['320117', '320302', '330106', '330800']);
  });

  it('keeps the category column apart from the place', () => {
    const { n } = readResolved(
      INTRO +
        '序号　类别　区县　乡镇（街道）、村\n' +
        '1　示范乡镇　江宁区　汤山街道\n' +
        '2　示范村　溧水区　晶桥镇芮家村\n' +
        '3　示范村　高淳区　桠溪镇蓝溪村\n',
    );
    expect(n.records).toHaveLength(3);
    expect(n.records.map((r) => r.title)).not.toContain('示范村');
  });

  it('keeps the text length and rewrites only the table', () => {
    const text = '序号　地区　名称\n1　甲县　某站\n2　乙县　某所\n';
    const out = spaceTablesAsTabs(text).text;
    expect(out.length).toBe(text.length);
    expect(out).toBe('序号\t地区\t名称\n1\t甲县\t某站\n2\t乙县\t某所\n');
  });

  it('leaves prose, ASCII single spaces and padded names alone', () => {
    const prose = '民政部　财政部\n各地要加强组织领导，落实工作责任。\n';
    expect(spaceTablesAsTabs(prose).text).toBe(prose);
    const ascii = '序号 地区 名称\n1 浙江省嘉兴市 青禾社区\n2 江苏省无锡市 澄波社区\n';
    expect(spaceTablesAsTabs(ascii).text).toBe(ascii);
    // A two-character name padded to three: a row with more cells than the header is no row.
    const padded = '序号　姓名　单位\n1　王　伟　青禾社区\n2　李　娜　澄波社区\n';
    expect(spaceTablesAsTabs(padded).text).toBe(padded);
  });
});
