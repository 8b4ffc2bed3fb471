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
  type DeadlineFilter,
} from '../../../src/renderer/src/features/deadlines/deadline-link';

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
});
