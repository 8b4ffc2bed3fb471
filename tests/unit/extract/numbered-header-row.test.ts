/**
 * A numbering column added to a table whose header row was numbered along with the rows
 * (1 | 县（市、区） | 村落名称 | 个数): the number atop the column counts rows, it never
 * names what a row lists, so the rows keep their places and the count column stays out.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const INTRO = '关于公布第三批传统村落名单的通知\n\n各市民政局：\n现将名单公布如下。\n\n';

describe('a header row numbered with the rows', () => {
  it('reads the places of a place-and-count table', () => {
    const { n, codes } = readResolved(
      INTRO +
        '1\t县（市、区）\t村落名称\t个数\n' +
        '2\t溧水区\t溧水区白马镇青梅村\t2个\n' +
        '3\t溧水区\t溧水区洪蓝街道柳溪村\t2个\n' +
        '4\t高淳区\t高淳区桠溪街道松岭村\t1个\n',
    );
    expect(codes).toEqual(['320117', '320117', '320118']);
    expect(n.records.map((r) => r.title)).toEqual(['', '', '']);
  });

  it('reads the names of a table that has its own 序号 column beside it', () => {
    const { n, codes } = readResolved(
      INTRO +
        '1\t类别\t序号\t名称\n' +
        '2\t乡镇\t1\t南京市溧水区白马镇\n' +
        '3\t乡镇\t2\t南京市高淳区桠溪街道\n' +
        '4\t村\t3\t南京市溧水区洪蓝街道柳溪村\n',
    );
    expect(n.records.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(codes).toEqual(['320117', '320118', '320117']);
    expect(n.records.map((r) => r.title)).toEqual(['', '', '']);
  });
});
