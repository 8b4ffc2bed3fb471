/**
 * A record's experiment period: when it started and when it ends. The start is the
 * range's first month when the notice gives one (从2015年7月…), else the approval date —
 * the issue date of the 批复/确认 notice that named the record, unless the user set one.
 * The end is start + cycle years, or the range's last month; a granted extension moves it.
 */
import { addMonths, addYears, dateInYear, isIsoDate } from './dates';
import type { Chosen, EffectiveRules } from './rule-set';

export interface Period {
  start: string;
  /** The end as the rules first set it (before any extension). */
  plannedEnd: string;
  /** The end that counts: plannedEnd, or the extension's. */
  end: string;
  approvedOn: string | null;
  periodRule: Chosen['rule'] | null;
  extension: Chosen | null;
}

/** "2015-07" → first or last day of the month. */
function monthBound(ym: unknown, last: boolean): string | null {
  if (typeof ym !== 'string' || !/^\d{4}-\d{2}$/.test(ym)) return null;
  const y = Number(ym.slice(0, 4));
  const m = Number(ym.slice(5, 7));
  return last ? dateInYear(y, m, null) : dateInYear(y, m, 1);
}

const positive = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : null;

export function periodOf(rules: EffectiveRules, approvalNoticeDate: string | null): Period | null {
  const userDate = rules.approval?.params.date;
  const approvedOn = isIsoDate(userDate) ? userDate : approvalNoticeDate;
  const p = rules.period;
  let start: string | null = null;
  let plannedEnd: string | null = null;
  if (p?.rule.kind === 'range') {
    start = monthBound(p.params.from, false);
    plannedEnd = monthBound(p.params.to, true);
  } else if (p) {
    start = approvedOn;
    const years = positive(p.params.years);
    const months = positive(p.params.months);
    if (start && years) plannedEnd = addYears(start, years);
    else if (start && months) plannedEnd = addMonths(start, months);
  }
  if (!start || !plannedEnd || plannedEnd <= start) return null;

  let end = plannedEnd;
  const ext = rules.extension;
  if (ext) {
    const until = ext.params.until;
    const months = positive(ext.params.months);
    if (isIsoDate(until) && until > plannedEnd) end = until;
    else if (months) end = addMonths(plannedEnd, months);
  }
  return {
    start,
    plannedEnd,
    end,
    approvedOn,
    periodRule: p?.rule ?? null,
    extension: end !== plannedEnd ? ext : null,
  };
}
