/**
 * The milestones one record owes across its period (see the rule table in README.md):
 * approval; an annual plan and summary for each calendar year whose year end falls
 * inside the period; a midterm if a rule asks for one; the final report by the end;
 * acceptance after it; and, when granted, the extension that moved the end.
 * Keys name the obligation, not its date, so a moved end keeps the user's status.
 */
import { addDays, addMonths, dateInYear, isIsoDate, maxDate, monthsBetween, parts } from './dates';
import type { DesiredMilestone } from './desired';
import type { Period } from './cycle';
import type { EffectiveRules } from './rule-set';

const int = (v: unknown, fallback: number, min = -36500, max = 36500): number => {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max ? n : fallback;
};

/** Calendar years of the period whose 12-31 is inside it: the years an annual duty covers. */
export function dutyYears(p: Period): number[] {
  const years: number[] = [];
  for (let y = parts(p.start).y; `${y}-12-31` <= p.end && years.length < 30; y++) years.push(y);
  return years;
}

/**
 * The date a notice set for the final report (请于2027年5月底前提交终期报告), where it still
 * holds: within the period or after it, and, once an extension moved the end, one set for the extended
 * time (after the first end) — a date set for the first end is superseded by the extension.
 */
function statedReportDate(date: unknown, p: Period): string | null {
  if (!isIsoDate(date) || date < p.start) return null;
  return p.extension && date <= p.plannedEnd ? null : date;
}

export function recordMilestones(
  recordId: number,
  p: Period,
  rules: EffectiveRules,
  approvalNoticeId: number | null,
): DesiredMilestone[] {
  const out: DesiredMilestone[] = [];
  const base = { recordId, noticeId: approvalNoticeId, endOn: null };
  const key = (...parts: (string | number)[]) => ['rec', recordId, ...parts].join(':');

  if (p.approvedOn) {
    out.push({
      ...base,
      key: key('approval'),
      ruleId: p.periodRule?.id ?? null,
      kind: 'approval',
      dueOn: p.approvedOn,
      initialStatus: 'done',
    });
  }

  const plan = rules.duties.get('annual_plan');
  const summary = rules.duties.get('annual_summary');
  const firstYear = parts(p.start).y;
  for (const y of dutyYears(p)) {
    if (plan) {
      let due = dateInYear(y, int(plan.params.month, 1, 1, 12), int(plan.params.day, 31, 1, 31));
      // A zone confirmed in March cannot have owed a January plan: give it time after confirmation.
      if (y === firstYear)
        due = maxDate(due, addDays(p.start, int(plan.params.firstYearDays, 30, 0, 366)));
      // Confirmed in December, that time runs into the next year: a plan for a year already
      // over plans nothing, and the next year's plan (due days later) is the first one owed.
      const planless = y === firstYear && due > `${y}-12-31` && dutyYears(p).includes(y + 1);
      if (due <= p.end && !planless)
        out.push({
          ...base,
          key: key('annual_plan', y),
          ruleId: plan.rule.id,
          kind: 'annual_plan',
          dueOn: due,
          initialStatus: 'pending',
        });
    }
    if (summary) {
      const yy = y + int(summary.params.yearOffset, 0, 0, 1);
      const due = dateInYear(
        yy,
        int(summary.params.month, 12, 1, 12),
        int(summary.params.day, 31, 1, 31),
      );
      if (due >= p.start)
        out.push({
          ...base,
          key: key('annual_summary', y),
          ruleId: summary.rule.id,
          kind: 'annual_summary',
          dueOn: due,
          initialStatus: 'pending',
        });
    }
  }

  const mid = rules.duties.get('midterm');
  if (mid) {
    const months = int(
      mid.params.afterStartMonths,
      Math.round(monthsBetween(p.start, p.plannedEnd) / 2),
      1,
      240,
    );
    out.push({
      ...base,
      key: key('midterm'),
      ruleId: mid.rule.id,
      kind: 'midterm',
      dueOn: addMonths(p.start, months),
      initialStatus: 'pending',
    });
  }
  const fin = rules.duties.get('final_report');
  if (fin) {
    const due =
      statedReportDate(fin.params.date, p) ??
      addDays(p.end, -int(fin.params.beforeEndDays, 0, 0, 3650));
    out.push({
      ...base,
      key: key('final_report'),
      ruleId: fin.rule.id,
      kind: 'final_report',
      dueOn: due,
      initialStatus: 'pending',
    });
  }
  const acc = rules.duties.get('acceptance');
  if (acc) {
    const due = addMonths(p.end, int(acc.params.afterEndMonths, 0, 0, 120));
    out.push({
      ...base,
      key: key('acceptance'),
      ruleId: acc.rule.id,
      kind: 'acceptance',
      dueOn: due,
      initialStatus: 'pending',
    });
  }
  if (p.extension) {
    out.push({
      ...base,
      key: key('extension'),
      ruleId: p.extension.rule.id,
      kind: 'extension',
      dueOn: p.plannedEnd,
      endOn: p.end,
      initialStatus: 'done',
    });
  }
  return out;
}
