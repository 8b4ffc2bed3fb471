/**
 * 即将到期: the deadlines of the coming months as bars (overdue first, then each month),
 * each opening the 期限 page. Counts only work still open: done and waived items are not due.
 */
import type { DeadlineItem } from '../../../../shared/schedule';
import { useApi } from '../../use-api';
import { todayInChina } from '../deadlines/today';
import { BarChart } from './BarChart';

const MONTHS_AHEAD = 6;

/** Bars in order: 已逾期, then this month and the next ones (months with nothing shown too). */
function deadlineBars(items: DeadlineItem[], asOf: string) {
  const overdue = items.filter((i) => i.status === 'overdue').length;
  const [y, m] = asOf.split('-').map(Number) as [number, number];
  const months = Array.from({ length: MONTHS_AHEAD }, (_, k) => {
    const at = new Date(Date.UTC(y, m - 1 + k, 1));
    return {
      key: at.toISOString().slice(0, 7),
      year: at.getUTCFullYear(),
      month: at.getUTCMonth() + 1,
    };
  });
  const due = (key: string) =>
    items.filter((i) => i.status === 'pending' && (i.endOn ?? i.dueOn).slice(0, 7) === key).length;
  return [
    { label: '已逾期', value: overdue, href: '#/deadlines' },
    ...months.map((mo) => ({
      label: `${mo.year}年${mo.month}月`,
      value: due(mo.key),
      href: '#/deadlines',
    })),
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
