/**
 * A Word title too long for one line breaks between words (GB/T 9704 §7.3.1): where no
 * phrase-ending word (的, 和, 年度 …) is in reach, a break inside a word (社区治｜理) costs
 * more than the lines' imbalance it would save.
 */
import { describe, expect, it } from 'vitest';
import { breakTitle } from '../../../src/main/core/export/title-lines';

describe('a title broken with no phrase-ending word in reach', () => {
  it.each([
    [
      '第二批全国农村社区治理实验区验收结果汇总表',
      ['第二批全国农村社区治理', '实验区验收结果汇总表'],
    ],
    [
      '民政部关于公布全国农村社区治理实验区验收结果的通知附件名单',
      ['民政部关于公布全国农村社区治理', '实验区验收结果的通知附件名单'],
    ],
  ])('%s breaks between words', (title, lines) => {
    expect(breakTitle(title)).toEqual(lines);
  });

  it('a break after a phrase-ending word still wins where there is one', () => {
    expect(breakTitle('吉林省民政厅关于开展省级社区治理和服务创新实验区创建工作的通知')).toEqual([
      '吉林省民政厅关于开展省级社区治理和',
      '服务创新实验区创建工作的通知',
    ]);
    expect(breakTitle('全国村级“乡风文明建设”优秀典型案例名单（第二批）')).toEqual([
      '全国村级“乡风文明建设”',
      '优秀典型案例名单（第二批）',
    ]);
  });
});
