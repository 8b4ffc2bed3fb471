/**
 * A duty owed within a span of days ("须于2018年4月20日—28日登录管理平台提交"): its last day is the
 * deadline. An organ's own step in such a span (…于5月4日—11日登录管理平台审查…) and a span told as
 * done (已于…) owe nobody a date (the yf* set's shapes, written afresh).
 */
import { describe, expect, it } from 'vitest';
import { dutyWindowClose } from '../../../src/main/core/import/extract/closing-dates';
import { yearlyCheckDeadlines } from './helpers';

const dated = yearlyCheckDeadlines;

describe('a duty owed within a span of days', () => {
  it('is due on the span’s last day, its month the first day’s', () => {
    expect(dated('自检报告电子版须于2021年4月20日—28日登录管理平台提交。')).toEqual(['2021-04-28']);
  });

  it('takes the last day’s own month and the year written first', () => {
    expect(dated('年度总结请于2021年11月25日至12月5日报送省厅。')).toEqual(['2021-12-05']);
  });

  it('an organ’s own step in a span sets no date', () => {
    expect(dated('省级教育行政部门于2021年5月4日—11日登录管理平台审查各试点自检报告。')).toEqual(
      [],
    );
  });

  it('a span told as done sets none', () => {
    expect(dutyWindowClose('各试点已于2021年4月20日—28日登录管理平台提交自检报告')).toBeNull();
  });

  it('a span retold with its past verb sets none', () => {
    expect(dutyWindowClose('各试点于2021年4月20日—28日登录管理平台提交了自检报告')).toBeNull();
  });

  it('reads the span’s close', () => {
    expect(dutyWindowClose('须于2018年4月20日—28日登录管理平台提交')).toEqual({
      year: 2018,
      month: 4,
      day: 28,
    });
  });
});
