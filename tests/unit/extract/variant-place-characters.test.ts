/**
 * Variant characters clerks type in place names that OpenCC leaves alone: 嘠 for 嘎 (嘠查, a
 * banner's village) and 査 for 查. The text's key reads them as the common form, so a banner's
 * run of 嘎查 lines is read whatever form a line uses; every other character keeps its key.
 */
import { describe, expect, it } from 'vitest';
import { toKey } from '../../../src/main/core/import/extract/text-key';
import { readResolved } from './helpers';

describe('variant characters of place names', () => {
  it('key as the common form, one character for one', () => {
    expect(toKey('哈日乌苏嘠查')).toBe('哈日乌苏嘎查');
    expect(toKey('浩日彦艾勒嘠査')).toBe('浩日彦艾勒嘎查');
    expect(toKey('査干')).toBe('查干');
  });

  it('leave the common forms and other characters alone', () => {
    expect(toKey('巴彦塔拉镇嘎查')).toBe('巴彦塔拉镇嘎查');
    expect(toKey('調查')).toBe('调查');
  });

  it('let a banner’s run of village lines be read', () => {
    const { codes } = readResolved(
      [
        '通辽市国家森林乡村名单',
        '通辽市(4个):',
        '开鲁县小街基镇兴农村',
        '建华镇福盛号村',
        '科左后旗甘旗卡镇东立古台嘎查',
        '巴彦毛都苏木额尔吐嘠查',
      ].join('\n'),
    );
    expect(codes).toEqual(['150523', '150523', '150522', '150522']);
  });
});
