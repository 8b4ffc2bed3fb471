/**
 * 即将到期: the deadlines of the coming months as bars (overdue first, then each month),
 * each opening the 期限 page narrowed to what the bar counts. Counts only work still open:
 * done and waived items are not due.
 */
import type { DeadlineItem } from '../../../../shared/schedule';
import { useApi } from '../../use-api';
import { deadlineLink, matchesDeadline, type DeadlineFilter } from '../deadlines/deadline-link';
import { todayInChina } from '../deadlines/today';
import { BarChart } from './BarChart';

const MONTHS_AHEAD = 6;

/** Bars in order: 已逾期, then this month and the next ones (months with nothing shown too). */
function deadlineBars(items: DeadlineItem[], asOf: string) {
  // Each bar counts with the filter its link opens: the list shows exactly that many.
  const bar = (label: string, f: DeadlineFilter) => ({
    label,
    value: items.filter((i) => matchesDeadline(f, i)).length,
    href: deadlineLink(f),
  });
  const [y, m] = asOf.split('-').map(Number) as [number, number];
  const months = Array.from({ length: MONTHS_AHEAD }, (_, k) => {
    const at = new Date(Date.UTC(y, m - 1 + k, 1));
    return {
      key: at.toISOString().slice(0, 7),
      year: at.getUTCFullYear(),
      month: at.getUTCMonth() + 1,
    };
  });
  return [
    bar('已逾期', { kind: 'overdue' }),
    ...months.map((mo) => bar(`${mo.year}年${mo.month}月`, { kind: 'month', month: mo.key })),
  ];
}

export function DeadlineChart() {
  const asOf = todayInChina();
  const list = useApi('deadlines/list', { asOf, withinDays: 31 * MONTHS_AHEAD });
  if (!list.value || list.value.length === 0) return null;
  return (
    <section className="home-card" data-testid="home-deadline-chart">
      <BarChart title="即将到期（按月）" rows={deadlineBars(list.value, asOf)} />
    </section>
  );
}
