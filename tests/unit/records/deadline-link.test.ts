/**
 * The links from the home page's deadline bars and counts: each opens 期限 narrowed by the
 * same predicate the bar counted with, and an address that asks for nothing sensible opens
 * the whole list.
 */
import { describe, expect, it } from 'vitest';
import {
  deadlineFilterFromHash,
  deadlineFilterLabel,
  deadlineLink,
  matchesDeadline,
  type DeadlineFilter,
} from '../../../src/renderer/src/features/deadlines/deadline-link';
import type { DeadlineItem } from '../../../src/renderer/src/features/deadlines/types';

const item = (status: string, dueOn: string, daysLeft: number, endOn: string | null = null) =>
  ({ status, dueOn, endOn, daysLeft }) as unknown as DeadlineItem;

describe('deadline links', () => {
  it('round-trips every filter through the address', () => {
    const filters: DeadlineFilter[] = [
      { kind: 'overdue' },
      { kind: 'month', month: '2027-03' },
      { kind: 'within', days: 30 },
    ];
    for (const f of filters) expect(deadlineFilterFromHash(deadlineLink(f))).toEqual(f);
    expect(deadlineFilterLabel({ kind: 'month', month: '2027-03' })).toBe('2027年3月到期');
  });

  it('opens the whole list for an address without a sensible filter', () => {
    for (const h of [
      '#/deadlines',
      '#/deadlines?month=2027-13',
      '#/deadlines?within=-3',
      '#/deadlines?show=x',
    ])
      expect(deadlineFilterFromHash(h)).toBeNull();
  });

  it('counts a month by the end of a window, only open items, and overdue apart', () => {
    const items = [
      item('overdue', '2026-10-01', -60),
      item('pending', '2026-12-01', 1, '2027-03-31'), // a window ending in March
      item('pending', '2027-03-10', 100),
      item('done', '2027-03-12', 102),
    ];
    const count = (f: DeadlineFilter) => items.filter((i) => matchesDeadline(f, i)).length;
    expect(count({ kind: 'overdue' })).toBe(1);
    expect(count({ kind: 'month', month: '2027-03' })).toBe(2);
    expect(count({ kind: 'month', month: '2026-12' })).toBe(0);
    expect(count({ kind: 'within', days: 30 })).toBe(1);
    expect(count({ kind: 'within', days: 120 })).toBe(2);
  });
});
