/**
 * Winners grouped under their awards in one sentence ("甲奖：A、B；乙奖：C"): each named unit is
 * an entry with its award as its group, and the award's words are no unit.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('winners grouped under their awards', () => {
  it('are entries, each with its award', () => {
    const { n, codes } = readResolved(
      '活动现场评选出了两个奖项，分别是：爱心传递奖：西湖区北山街道、余杭区仓前街道、' +
        '临安区义工联合会；温暖社区奖：西湖区翠苑街道塘苗社区、余杭区五常街道。',
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '西湖区北山街道',
      '余杭区仓前街道',
      '临安区义工联合会',
      '西湖区翠苑街道塘苗社区',
      '余杭区五常街道',
    ]);
    expect(n.records.map((r) => r.category)).toEqual([
      '爱心传递奖',
      '爱心传递奖',
      '爱心传递奖',
      '温暖社区奖',
      '温暖社区奖',
    ]);
    expect(codes).toEqual(['330106', '330110', '330112', '330106', '330110']);
  });

  it('with a count warns where fewer are named', () => {
    const { n, warned } = readResolved(
      '评审结果如下。一等奖（3个）：西湖区北山街道、余杭区仓前街道。',
    );
    expect(n.records).toHaveLength(2);
    expect(warned).toContain('count_mismatch');
  });
});
