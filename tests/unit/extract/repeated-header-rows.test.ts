/**
 * A table that goes on over a page, pasted from two pages: its header row is typed again
 * between the rows. The repeat opens no row of its own and is glued to no row above it.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const INTRO = '关于公布第二批社区协商示范点名单的通知\n\n各省民政厅：\n现将名单公布如下。\n\n';

describe('a header row repeated inside a table', () => {
  it('keeps the row before the repeat whole and lists nothing for the repeat', () => {
    const { n, codes } = readResolved(
      INTRO +
        '序号\t省份\t地区\n' +
        '1\t江苏省\t南京市溧水区\n' +
        '2\t江苏省\t徐州市鼓楼区\n' +
        '3\t江苏省\t南通市崇川区\n' +
        '序号\t省份\t地区\n' +
        '4\t浙江省\t杭州市西湖区\n' +
        '5\t浙江省\t湖州市吴兴区\n',
    );
    expect(n.records.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(codes).toEqual(['320117', '320302', '320613', '330106', '330502']);
  });

  it('does the same under a two-row header', () => {
    const { codes } = readResolved(
      INTRO +
        '序号\t所在地区\t\t村（社区）\n' +
        '\t市（州）\t县（市、区）\t\n' +
        '1\t南京市\t溧水区\t芮家村\n' +
        '2\t南京市\t高淳区\t蓝溪村\n' +
        '序号\t所在地区\t\t村（社区）\n' +
        '\t市（州）\t县（市、区）\t\n' +
        '3\t苏州市\t吴江区\t开弦弓村\n',
    );
    expect(codes).toEqual(['320117', '320118', '320509']);
  });
});
