/**
 * Two more ways a term is stated without 为期 or 周期: the review named before how often it comes
 * ("评估工作原则上每3年进行一次"), and a term counted from the units' approval ("建设期原则上不得超过
 * 自批准之日起6年"). Look-alikes set none: a round of awards every two years, a window to apply
 * counted from a notice's day, a review told once with no years. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { termByReview } from '../../../src/main/core/import/extract/rule-terms';

describe('the review named before how often it comes', () => {
  it('is a term of those years', () => {
    expect(termByReview('园区实行动态管理和综合评估，评估工作原则上每3年进行一次。')).toBe(3);
    expect(termByReview('示范基地的复核一般每两年开展一次，复核不合格的撤销称号。')).toBe(2);
  });

  it('a round of awards or a yearly review is none', () => {
    expect(termByReview('评选工作每两年进行一次，每次表彰不超过20个单位。')).toBeNull();
    expect(termByReview('考核工作每1年进行一次。')).toBeNull();
  });
});

describe('a term counted from the approval', () => {
  it('is a term of those years', () => {
    expect(termByReview('试点公园建设期原则上不得超过自批准之日起6年。')).toBe(6);
    expect(termByReview('示范区创建期为自命名之日起三年。')).toBe(3);
  });

  it('a window to apply counted from a day is none', () => {
    expect(termByReview('申报期自通知印发之日起2年内有效。')).toBeNull();
    expect(termByReview('项目自批准之日起3年内完成建设。')).toBeNull();
  });
});
