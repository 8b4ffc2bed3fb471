/**
 * A city cell merged down the rows of its group carries the group's tally ("漳州市（11个）"):
 * every row repeats it, and the tally is no part of the place, so each row is still read
 * down to its county.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a city column whose merged cell states its count', () => {
  it('reads each row in its own county, the count left out of the place', () => {
    const { n, codes } = readResolved(
      [
        '儿童友好社区名单',
        '序号\t设区市\t县（市、区）\t社区名称',
        '1\t漳州市（3个）\t芗城区\t芝山街道金品社区',
        '2\t漳州市（3个）\t龙文区\t蓝田街道福隆社区',
        '3\t漳州市（3个）\t平和县\t小溪镇新东社区',
      ].join('\n'),
    );
    expect(codes).toEqual(['350602', '350603', '350628']);
    expect(n.records.map((r) => r.unit ?? r.regionText)).toEqual([
      '漳州市芗城区芝山街道金品社区',
      '漳州市龙文区蓝田街道福隆社区',
      '漳州市平和县小溪镇新东社区',
    ]);
  });
});
