/**
 * 即将到期: the deadlines of the coming months as bars (overdue first, then each month),
 * each opening the 期限 page narrowed to what the bar counts. Counts only work still open:
 * done and waived items are not due. The backend counts with the predicates the links open
 * (deadlines/glance), so the list opened holds exactly the number on the bar.
 */
import type { DeadlineGlance } from '../../../../shared/schedule';
import { deadlineLink } from '../deadlines/deadline-link';
import { BarChart } from './BarChart';

/** How many months of bars 首页 shows, this one first. */
export const MONTHS_AHEAD = 6;

/** Bars in order: 已逾期, then this month and the next ones (months with nothing shown too). */
function deadlineBars(glance: DeadlineGlance) {
  return [
    {
      label: '已逾期',
      value: glance.counts.overdue,
      href: deadlineLink({ kind: 'overdue' }),
    },
    ...glance.months.map(({ month, count }) => {
      const [y, m] = month.split('-').map(Number);
      return {
        label: `${y}年${m}月`,
        value: count,
        href: deadlineLink({ kind: 'month', month }),
      };
    }),
  ];
}

export function DeadlineChart({ glance }: { glance: DeadlineGlance | null }) {
  // Nothing overdue nor open in the months shown (only history, say): no chart of zeros; the
  // panel above says 暂无待办期限.
  if (!glance || (glance.counts.overdue === 0 && glance.months.every((m) => m.count === 0)))
    return null;
  return (
    <section className="home-card" data-testid="home-deadline-chart">
      <BarChart title="即将到期（按月）" rows={deadlineBars(glance)} />
    </section>
  );
}
