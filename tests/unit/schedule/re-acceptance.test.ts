import { describe, expect, it } from 'vitest';
import {
  reAcceptance,
  rectificationDeadline,
  rectificationMonths,
} from '../../../src/main/core/schedule/re-acceptance';

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

  it('a date the notice sets for the rectification wins over the period counted from the review', () => {
    const failed = { noticeId: 7, occurredOn: '2026-05-20', sentence: '鼓楼区 不合格' };
    const text = '验收不合格的实验区，整改期为一年。请于2027年6月30日前完成整改并申请重新验收。';
    expect(reAcceptance(3, { ...failed, noticeText: text })?.dueOn).toBe('2027-06-30');
    // In the same sentence as the period, and as a month's end.
    const one = '不合格的实验区限期一年整改，于2027年9月底前申请重新验收。';
    expect(reAcceptance(3, { ...failed, noticeText: one })?.dueOn).toBe('2027-09-30');
    // The item's own sentence outranks the notice's general text.
    expect(
      reAcceptance(3, { ...failed, sentence: '鼓楼区 不合格，限期三个月整改', noticeText: text })
        ?.dueOn,
    ).toBe('2026-08-20');
  });

  it('reads only dates about the rectification, after the review', () => {
    expect(
      rectificationDeadline('请于2026年12月31日前报送年度总结。整改期为一年。', '2026-06-30'),
    ).toBeNull();
    expect(
      rectificationDeadline('2026年5月31日前完成整改的，不再重新验收。', '2026-06-30'),
    ).toBeNull();
    expect(rectificationDeadline('请于12月31日前完成整改。', '2026-06-30')).toBe('2026-12-31');
  });

  it('reads a rectification date written without a verb of doing', () => {
    expect(
      rectificationDeadline('未通过验收的实验区于2027年6月30日前整改到位。', '2026-06-30'),
    ).toBe('2027-06-30');
    expect(rectificationDeadline('2027年3月底前整改完毕后重新验收。', '2026-06-30')).toBe(
      '2027-03-31',
    );
  });
});
