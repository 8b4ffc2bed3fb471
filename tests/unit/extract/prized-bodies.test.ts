/**
 * An award's honourees told clause by clause: a body named after its place, right before 获 …
 * 奖, is an entry at that place; money, a contest's grade, an old prize and a placeless company
 * are none.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('bodies an award names clause by clause', () => {
  it('reads the placed body of each clause, never the company with no place', () => {
    const { n, codes } = readResolved(
      '我市单位获首届慈善奖\n' +
        '近日，省人民政府决定授予首届慈善奖。其中，紫金矿业集团股份有限公司获爱心捐赠企业(机构)奖，' +
        '龙岩市李新炎慈善基金会获优秀慈善组织奖。\n',
    );
    expect(n.records.map((r) => r.unit)).toEqual(['龙岩市李新炎慈善基金会']);
    expect(codes).toEqual(['350800']);
  });

  it('reads a charity federation whose award is quoted', () => {
    const { n, codes } = readResolved(
      '慈善表彰\n日前，浏阳市慈善总会荣获“湖南慈善奖”最具影响力慈善组织奖。\n',
    );
    expect(n.records.map((r) => r.unit)).toEqual(['浏阳市慈善总会']);
    expect(codes).toEqual(['430181']);
  });

  it('leaves money, a contest’s grade, an organiser’s prize, an old prize and a clause saying more', () => {
    for (const line of [
      '龙岩市李新炎慈善基金会获奖励资金50万元。',
      '龙岩市李新炎慈善基金会获一等奖。',
      '枝江市民政局荣获优秀组织奖。',
      '龙岩市李新炎慈善基金会曾获优秀慈善组织奖。',
      '龙岩市李新炎慈善基金会的志愿者获优秀志愿者奖。',
    ]) {
      const { n } = readResolved(`慈善活动\n${line}\n`);
      expect(n.records).toEqual([]);
    }
  });
});
