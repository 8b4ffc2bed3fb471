/**
 * A city cell merged down the rows of its group carries the group's tally ("漳州市（11个）"):
 * every row repeats it, and the tally is no part of the place, so each row is still read
 * down to its county; nor is the group's heading number ("一、贵阳市（8个）").
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

  it('leaves the group’s heading number out of the place too', () => {
    const { n, codes } = readResolved(
      [
        '拟确定第六批全省乡村旅游重点村名单',
        '市（州）\t村（社区）',
        '一、贵阳市（3个）\t花溪区青岩镇西街村',
        '一、贵阳市（3个）\t修文县六屯镇独山村',
        '一、贵阳市（3个）\t清镇市站街镇杉树村',
        '二、遵义市（2个）\t习水县仙源镇小獐村',
        '二、遵义市（2个）\t绥阳县风华镇溪源村',
      ].join('\n'),
    );
    expect(codes.map((c) => c?.slice(0, 6))).toEqual([
      '520111',
      '520123',
      '520181',
      '520330',
      '520323',
    ]);
    expect(n.records.some((r) => /[一二]、/.test(r.unit ?? r.regionText ?? ''))).toBe(false);
  });
});
