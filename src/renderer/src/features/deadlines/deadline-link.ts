/**
 * A link that opens 期限 already narrowed to what a home-page bar or count counted:
 * `#/deadlines?show=overdue`, `?month=2026-12` (open items ending that month) or
 * `?within=30` (open items due in the next 30 days). The server decides what each shows
 * with the test 首页 counts with (inSection, core/schedule/deadline-list.ts), so the list it
 * opens holds exactly the number on the bar.
 */

export type DeadlineFilter =
  { kind: 'overdue' } | { kind: 'month'; month: string } | { kind: 'within'; days: number };

export function deadlineLink(f: DeadlineFilter): string {
  if (f.kind === 'overdue') return '#/deadlines?show=overdue';
  if (f.kind === 'month') return `#/deadlines?month=${f.month}`;
  return `#/deadlines?within=${f.days}`;
}

/** The filter an address asks for, or null (the whole list). */
export function deadlineFilterFromHash(hash: string): DeadlineFilter | null {
  const at = hash.indexOf('?');
  if (at < 0) return null;
  const q = new URLSearchParams(hash.slice(at + 1));
  if (q.get('show') === 'overdue') return { kind: 'overdue' };
  const month = q.get('month');
  if (month && /^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return { kind: 'month', month };
  const within = Number(q.get('within'));
  if (Number.isInteger(within) && within > 0 && within <= 3660)
    return { kind: 'within', days: within };
  return null;
}

/** What the filter shows, in words: "已逾期", "2026年12月到期", "30 天内到期". */
export function deadlineFilterLabel(f: DeadlineFilter): string {
  if (f.kind === 'overdue') return '已逾期';
  if (f.kind === 'month') {
    const [y, m] = f.month.split('-').map(Number);
    return `${y}年${m}月到期`;
  }
  return `${f.days} 天内到期`;
}
