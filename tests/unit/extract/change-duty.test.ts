/**
 * A duty owed only if something changes (任务书内容如有变更，…须于…前报…备案) sets no deadline to
 * track; a date before the condition, a wish's call (如有意向，请于…前报名) and work that merely
 * adjusts (如期完成调整任务) keep theirs (the yf* set's shape, written afresh).
 */
import { describe, expect, it } from 'vitest';
import { withoutChangeDuty } from '../../../src/main/core/import/extract/change-duty';
import { yearlyCheckDeadlines } from './helpers';

const deadlines = yearlyCheckDeadlines;

describe('a duty owed only on a change', () => {
  it('sets no deadline', () => {
    expect(deadlines('任务书内容如有变更，牵头单位须于2021年3月10日前报我部备案。')).toEqual([]);
    expect(deadlines('实施方案确需调整的，须于2021年5月1日前报省厅备案。')).toEqual([]);
    expect(deadlines('若试点任务发生变化，请于2021年5月1日前书面报告。')).toEqual([]);
  });

  it('leaves the date set before the condition', () => {
    expect(deadlines('试点单位须于2021年4月20日前提交自检报告，如有变更请及时报告。')).toEqual([
      '2021-04-20',
    ]);
  });

  it('leaves a call to those who wish, and work that adjusts (controls)', () => {
    expect(deadlines('有意参加的单位，如有意向，请于2021年4月25日前报名。')).toEqual([
      '2021-04-25',
    ]);
    expect(deadlines('各地须于2021年5月1日前如期完成调整任务。')).toEqual(['2021-05-01']);
  });

  it('blanks from the condition to the sentence’s end, offsets kept', () => {
    const key = '须于4月20日前提交，如有变更须于4月18日前报备。';
    const out = withoutChangeDuty(key);
    expect(out.length).toBe(key.length);
    expect(out.startsWith('须于4月20日前提交，□')).toBe(true);
    expect(out.endsWith('□。')).toBe(true);
  });
});
