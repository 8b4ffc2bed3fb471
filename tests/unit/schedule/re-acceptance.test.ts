import { describe, expect, it } from 'vitest';
import { reAcceptance, rectificationMonths } from '../../../src/main/core/schedule/re-acceptance';

describe('the review owed after a failed acceptance', () => {
  it('reads the rectification period the notice states', () => {
    expect(rectificationMonths('验收不合格的实验区限期六个月整改')).toBe(6);
    expect(rectificationMonths('整改期为一年，整改后重新验收')).toBe(12);
    expect(rectificationMonths('请于3个月内完成整改')).toBe(3);
    expect(rectificationMonths('整改期限两年')).toBe(24);
    expect(rectificationMonths('未通过结项验收')).toBeNull();
  });

  it('is due after the stated period, else a year after the result; undated, nothing', () => {
    const failed = { noticeId: 7, occurredOn: '2019-09-20', sentence: '鼓楼区 不合格' };
    expect(reAcceptance(3, { ...failed, noticeText: '限期六个月整改' })).toMatchObject({
      key: 'rec:3:re_acceptance',
      kind: 're_acceptance',
      noticeId: 7,
      dueOn: '2020-03-20',
      initialStatus: 'pending',
    });
    expect(reAcceptance(3, { ...failed, noticeText: '' })?.dueOn).toBe('2020-09-20');
    expect(reAcceptance(3, { ...failed, occurredOn: null, noticeText: '' })).toBeNull();
  });
});
