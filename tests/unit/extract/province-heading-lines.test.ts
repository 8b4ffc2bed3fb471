/**
 * A list printed one name a line under province lines: a province's line heads the entries
 * below it and is no entry; a municipality's line is the same heading, its districts written
 * bare below it (a district whose name another city shares is read in the municipality), and
 * an area the division list does not know is still an entry there. A story's sentence placing
 * units on a list ("…位列公示名单") lists them.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const HEAD = '第三批某某示范区公示名单';

describe('province lines heading a list of one name a line', () => {
  it('reads the districts below a municipality opening the list in it, no heading as entry', () => {
    const { n, codes } = readResolved(
      [
        HEAD,
        '上海市',
        '黄浦区',
        '浦东新区',
        '重庆市',
        '江北区',
        '渝中区',
        '浙江省',
        '杭州市西湖区',
        '宁波市鄞州区',
      ].join('\n'),
    );
    expect(codes).toEqual(['310101', '310115', '500105', '500103', '330106', '330212']);
    expect(n.records.map((r) => r.regionText)).not.toContain('重庆市');
  });

  it('keeps an area the division list does not know at its heading’s province', () => {
    const { n, codes } = readResolved(
      [HEAD, '上海市', '黄浦区', '临港新片区', '闵行区', '浙江省', '杭州市西湖区', '嘉'].join('\n'),
    );
    expect(codes).toEqual(['310101', '310000', '310112', '330106']);
    expect(n.records[1]?.unit).toBe('临港新片区');
  });
});

describe('units a story places on a list', () => {
  it('lists the places before 位列…名单', () => {
    const { codes } = readResolved(
      '本报讯 近日，有关部门公示了第三批示范区名单。其中，浙江省杭州市西湖区、宁波市鄞州区、温州市鹿城区位列公示名单。',
    );
    expect(codes).toEqual(['330106', '330212', '330302']);
  });
});
