/**
 * 首页's deadline panel as of a date: counted where the milestones are, from their dates and
 * status alone, so the page receives a few numbers and three items instead of the list. The
 * counts are the list's: the same statuses (statusAsOf), the same history (historicalIds over
 * every stored milestone, as the list decides it), the same foreseen yearly deadlines, and
 * the reminder's first items in the list's order.
 */
import { INFORMATIONAL_KINDS } from '../../../shared/domain';
import { isOpenDuty, type DeadlineGlance, type DeadlineItem } from '../../../shared/schedule';
import { addDays, daysBetween, todayInChina } from '../../core/schedule/dates';
import { countDeadlines, deadlineOf, statusAsOf } from '../../core/schedule/deadline-list';
import { historicalIds } from '../../core/schedule/history';
import type { LedgerHandle } from '../../db/ledger';
import { glanceRows, listMilestoneRows } from '../../db/queries/milestone-list';
import { foreseen, toItem } from './deadlines';

/** What the counts read of an item (a stored milestone's dates, or a foreseen deadline). */
type Counted = Pick<
  DeadlineItem,
  'id' | 'status' | 'informational' | 'daysLeft' | 'historical' | 'dueOn' | 'endOn' | 'projected'
>;

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
  const rows = glanceRows(ledger.db);
  const dated = rows.map((r) => ({
    ...r,
    status: statusAsOf(r.status, deadlineOf(r), asOf, r.kind),
  }));
  const history = historicalIds(dated, asOf);
  const stored: Counted[] = dated.map((r) => ({
    id: r.id,
    status: r.status,
    ...(INFORMATIONAL_KINDS.has(r.kind) ? { informational: true as const } : {}),
    daysLeft: daysBetween(asOf, deadlineOf(r)),
    ...(history.has(r.id) ? { historical: true as const } : {}),
    dueOn: r.dueOn,
    endOn: r.endOn ?? undefined,
  }));
  const extra = foreseen(ledger, asOf);
  const foreseenById = new Map(extra.map((i) => [i.id, i]));
  // the list's order: stored by its statement, foreseen placed by date (a stable sort)
  const items: Counted[] =
    extra.length === 0
      ? stored
      : [...stored, ...extra].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
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
    ...items.filter((i) => i.status === 'overdue' && !i.historical),
    ...items.filter((i) => isOpenDuty(i) && i.daysLeft >= 0 && i.daysLeft <= 7),
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
