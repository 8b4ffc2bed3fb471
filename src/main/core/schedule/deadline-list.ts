/**
 * The deadline list as of a date. Stored status is pending/done/waived; a pending
 * milestone whose deadline (the window's end, else the due date) is before the as-of
 * date is reported overdue. With withinDays N the list holds what falls due from as-of
 * to as-of + N (any status, so a done item still shows as done) plus everything overdue;
 * without it, every milestone past and future.
 */
import type { DeadlineSection } from '../../../shared/deadline-pages';
import { INFORMATIONAL_KINDS, type MilestoneStatus } from '../../../shared/domain';
import { isOpenDuty, type DeadlineCounts, type DeadlineItem } from '../../../shared/schedule';
import { addDays } from './dates';

export const deadlineOf = (m: { dueOn: string; endOn?: string | null }): string =>
  m.endOn ?? m.dueOn;

/**
 * A pending duty past its deadline is overdue; a pending window that is no duty (a 公示期,
 * INFORMATIONAL_KINDS) is over once past its end, never overdue.
 */
export function statusAsOf(
  stored: DeadlineItem['storedStatus'],
  deadline: string,
  asOf: string,
  kind?: string,
): MilestoneStatus {
  if (stored !== 'pending' || deadline >= asOf) return stored;
  return kind !== undefined && INFORMATIONAL_KINDS.has(kind) ? 'done' : 'overdue';
}

/** With withinDays N: what falls due from as-of to as-of + N, plus everything overdue. */
export function withinDays(
  items: readonly DeadlineItem[],
  asOf: string,
  days: number | undefined,
): DeadlineItem[] {
  if (days === undefined) return [...items];
  const until = addDays(asOf, days);
  return items.filter((i) => {
    const d = deadlineOf(i);
    return i.status === 'overdue' || (d >= asOf && d <= until);
  });
}

/** What deciding an item's section reads of it. */
type Sectioned = Pick<DeadlineItem, 'status' | 'informational' | 'daysLeft' | 'historical'>;

/**
 * Which section of 期限 an item is listed in, given 即将到期's reach in days: 首页 counts with
 * the same test it links with, so the page a count opens holds that many items.
 */
export function inSection(section: DeadlineSection, within: number): (i: Sectioned) => boolean {
  switch (section) {
    case 'overdue':
      // history (a cycle long over when it was imported) is listed apart, not chased
      return (i) => i.status === 'overdue' && !i.historical;
    case 'history':
      return (i) => i.status === 'overdue' && !!i.historical;
    case 'soon':
      return (i) => isOpenDuty(i) && i.daysLeft >= 0 && i.daysLeft <= within;
    case 'later':
      return (i) => isOpenDuty(i) && i.daysLeft > within;
    case 'open':
      return isOpenDuty;
  }
}

/**
 * Counts for 首页 and the start-up reminder: outstanding work only (done and waived are not
 * counted, nor a 公示 window, and history is counted apart from what is overdue).
 */
export function countDeadlines(items: readonly Sectioned[], asOf: string): DeadlineCounts {
  const within = (n: number) => items.filter(inSection('soon', n)).length;
  return {
    asOf,
    overdue: items.filter(inSection('overdue', 0)).length,
    historical: items.filter(inSection('history', 0)).length,
    within7: within(7),
    within30: within(30),
    within90: within(90),
  };
}
