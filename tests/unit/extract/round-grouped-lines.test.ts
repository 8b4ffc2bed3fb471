/**
 * A list of places grouped under bare year or batch lines ("2020年" over its names, "第二批"
 * over the next): the round lines head groups of one list, which goes on below each of them,
 * however few names a group holds, and each name's round is its batch. Composed from the
 * shape, not from a notice.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const read = (lines: string[]) => readResolved(lines.join('\n'));
const county = (c: string | null) => c?.slice(0, 6) ?? null;

describe('a list grouped under bare round lines', () => {
  it('reads every group, each name under its round', () => {
    const { n, codes } = read([
      '某市历年示范社区',
      '2020年',
      '杭州市西湖区北山街道松木场社区',
      '杭州市拱墅区米市巷街道左家新村社区',
      '2019年',
      '嘉兴市南湖区建设街道南湖社区',
      '2018年度（1个）：',
      '湖州市吴兴区爱山街道仁皇阁社区',
      '第二批',
      '宁波市海曙区南门街道尹江岸社区',
      '下一步，将继续推进示范社区创建工作。',
    ]);
    expect(n.records.map((r) => r.regionText)).toEqual([
      '杭州市西湖区北山街道松木场社区',
      '杭州市拱墅区米市巷街道左家新村社区',
      '嘉兴市南湖区建设街道南湖社区',
      '湖州市吴兴区爱山街道仁皇阁社区',
      '宁波市海曙区南门街道尹江岸社区',
    ]);
    // Each name's round is its batch (and its year, where the round is one), no category.
    expect(n.records.map((r) => [r.batch, r.year])).toEqual([
      ['2020年', 2020],
      ['2020年', 2020],
      ['2019年', 2019],
      ['2018年度', 2018],
      ['第二批', null],
    ]);
    expect(n.records.every((r) => r.category === undefined)).toBe(true);
    expect(codes.map(county)).toEqual(['330106', '330105', '330402', '330502', '330203']);
  });
});
