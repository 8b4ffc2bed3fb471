/**
 * A banner written short before a township whose own name holds 旗 (科左后旗甘旗卡镇): no banner's
 * name holds 旗 before its own, so the banner ends at the first 旗 and the lines after it lie in
 * that banner. Names with 旗 inside a district's or county's name stay whole.
 */
import { describe, expect, it } from 'vitest';
import { regionParts } from '../../../src/main/core/import/extract/region-heuristic';
import { readResolved } from './helpers';

describe('a banner before a township with 旗 in its name', () => {
  it('ends at its own 旗', () => {
    expect(regionParts('科左后旗甘旗卡镇').county).toBe('科左后旗');
  });

  it('keeps 旗 inside other names', () => {
    expect(regionParts('红旗区渠东街道').county).toBe('红旗区');
    expect(regionParts('正镶白旗明安图镇').county).toBe('正镶白旗');
  });

  it('holds the bare lines after it', () => {
    const { codes } = readResolved(
      [
        '通辽市森林乡村名单',
        '科左后旗甘旗卡镇东立古台嘎查',
        '散都苏木章古台嘎查',
        '阿古拉镇乌日图塔拉嘎查',
      ].join('\n'),
    );
    expect(codes).toEqual(['150522', '150522', '150522']);
  });
});
