/**
 * 首页's deadline panel as of a date: counted where the milestones are, from their dates and
 * status alone, so the page receives a few numbers and three items instead of the list. The
 * counts are the list's: the same statuses (statusAsOf), the same history (historicalIds over
 * every stored milestone, as the list decides it), the same foreseen yearly deadlines, and
 * the reminder's first items in the list's order.
 */
import { isOpenDuty, type DeadlineGlance } from '../../../shared/schedule';
import { addDays, todayInChina } from '../../core/schedule/dates';
import { countDeadlines, deadlineOf, inSection } from '../../core/schedule/deadline-list';
import type { LedgerHandle } from '../../db/ledger';
import { listMilestoneRows } from '../../db/queries/milestone-list';
import { datedItems } from './dated-items';
import { toItem } from './deadlines';

/** The months from the as-of month on, as YYYY-MM. */
function monthsFrom(asOf: string, n: number): string[] {
  const [y, m] = asOf.split('-').map(Number) as [number, number];
  return Array.from({ length: n }, (_, k) =>
    new Date(Date.UTC(y, m - 1 + k, 1)).toISOString().slice(0, 7),
  );
}

export function deadlineGlance(
  ledger: LedgerHandle,
  q: { asOf?: string; months: number },
): DeadlineGlance {
  const asOf = q.asOf ?? todayInChina();
  const { items, foreseen } = datedItems(ledger, asOf);
  const foreseenById = new Map(foreseen.map((i) => [i.id, i]));
  const months = monthsFrom(asOf, q.months);
  const byMonth = new Map(months.map((m) => [m, 0]));
  for (const i of items) {
    if (!isOpenDuty(i)) continue;
    const m = deadlineOf(i).slice(0, 7);
    const had = byMonth.get(m);
    if (had !== undefined) byMonth.set(m, had + 1);
  }
  const near = (until: string) =>
    items.filter((i) => {
      const d = deadlineOf(i);
      return i.status === 'overdue' || (d >= asOf && d <= until);
    }).length;
  const firstIds = [
    ...items.filter(inSection('overdue', 0)),
    ...items.filter(inSection('soon', 7)),
  ].slice(0, 3);
  return {
    counts: countDeadlines(items, asOf),
    months: months.map((month) => ({ month, count: byMonth.get(month) ?? 0 })),
    first: firstIds.map(
      (i) => foreseenById.get(i.id) ?? toItem(listMilestoneRows(ledger.db, { id: i.id })[0]!, asOf),
    ),
    near90: near(addDays(asOf, 90)),
    // the bars' list reached 31 days a month ahead
    nearMonths: near(addDays(asOf, 31 * q.months)),
  };
}
