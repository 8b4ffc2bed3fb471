/**
 * A notice rule's parameters in words, not JSON: what the notice said, in its own terms. A
 * deadline read with no year (a notice that gives none: 11月15日前报送) is shown with its month
 * and day and the year said to be missing — it is kept undated, so no milestone carries it, and
 * this line is the one place a clerk sees the day the notice set.
 */
import type { ScheduleRule } from './types';

const num = (v: unknown): number | null => (typeof v === 'number' && v > 0 ? v : null);

/** "2024-11-15" → "2024年11月15日"; the month's end where only the month counts. */
function dateWords(date: string, endOfMonth: boolean): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  return endOfMonth ? `${y}年${Number(mo)}月底` : `${y}年${Number(mo)}月${Number(d)}日`;
}

/** A deadline's day: dated, or the month and day the notice wrote with no year. */
function deadlineWords(p: Record<string, unknown>): string {
  // the row's label says 截止期限; a day for replies (反馈意见) says so
  const what = p.reply ? '反馈' : '';
  if (typeof p.date === 'string') return `${dateWords(p.date, p.endOfMonth === true)}前${what}`;
  const month = num(p.month);
  if (month === null) return '日期未写明';
  const day = num(p.day);
  return `${month}月${day === null ? '底' : `${day}日`}前${what}（年份未注明）`;
}

export function ruleWords(r: Pick<ScheduleRule, 'kind' | 'params'>): string {
  const p = r.params;
  switch (r.kind) {
    case 'cycle':
      return `${String(p.years)} 年${p.atMost ? '（不超过）' : ''}`;
    case 'range':
      return `${String(p.from)} 至 ${String(p.to)}`;
    case 'annual_deadline':
      // A filing's date is for handing in (年检材料), and the planner plans no round from it.
      return `每年 ${String(p.month)} 月${p.day ? `${String(p.day)} 日` : '底'}前${p.filing === true ? '报送（不生成节点）' : ''}`;
    case 'objection_window':
      return `${String(p.from)} 至 ${String(p.to ?? '？')}${p.workingDays ? `（${String(p.workingDays)} 个工作日）` : ''}`;
    case 'extension':
      return p.until ? `延期至 ${String(p.until)}` : '可申请延期（不生成节点）';
    case 'deadline':
      return deadlineWords(p);
    case 'final_report':
      return typeof p.date === 'string'
        ? `${dateWords(p.date, false)}前报送`
        : '须报送；日期按本项目默认规则';
    default:
      return '须报送；日期按本项目默认规则';
  }
}
