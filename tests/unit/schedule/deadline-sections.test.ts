/**
 * Which section of 期限 an item is listed in: 首页's counts, its month bars' links and the
 * page's sections all decide it with inSection, so a count opens a page holding that many.
 */
import { describe, expect, it } from 'vitest';
import {
  countDeadlines,
  deadlineOf,
  inSection,
} from '../../../src/main/core/schedule/deadline-list';
import type { DeadlineSection } from '../../../src/shared/deadline-pages';
import type { DeadlineItem } from '../../../src/shared/schedule';

const item = (status: string, dueOn: string, daysLeft: number, more: Partial<DeadlineItem> = {}) =>
  ({ status, dueOn, daysLeft, ...more }) as unknown as DeadlineItem;

const items = [
  item('overdue', '2026-10-01', -60),
  item('overdue', '2016-10-01', -3000, { historical: true }),
  item('pending', '2026-12-01', 1, { endOn: '2027-03-31' }), // a window ending in March
  item('pending', '2026-12-01', 1, { endOn: '2026-12-20', informational: true }), // a 公示期
  item('pending', '2027-03-10', 100),
  item('done', '2027-03-12', 102),
];
const count = (s: DeadlineSection, within = 30) => items.filter(inSection(s, within)).length;

describe('the sections of 期限', () => {
  it('keeps history apart from what is overdue, and counts no 公示期 nor a done duty', () => {
    expect(count('overdue')).toBe(1);
    expect(count('history')).toBe(1);
    expect(count('open')).toBe(2);
    expect(count('soon', 30)).toBe(1);
    expect(count('soon', 120)).toBe(2);
    expect(count('later', 30)).toBe(1);
    expect(count('later', 120)).toBe(0);
  });

  it('counts 首页’s numbers with the same sections', () => {
    const c = countDeadlines(items, '2026-11-30');
    expect([c.overdue, c.historical, c.within7, c.within30, c.within90]).toEqual([
      count('overdue'),
      count('history'),
      count('soon', 7),
      count('soon', 30),
      count('soon', 90),
    ]);
  });

  it('places an open window in the month it ends', () => {
    const inMonth = (m: string) =>
      items.filter((i) => inSection('open', 0)(i) && deadlineOf(i).slice(0, 7) === m).length;
    expect(inMonth('2027-03')).toBe(2);
    expect(inMonth('2026-12')).toBe(0);
  });
});
