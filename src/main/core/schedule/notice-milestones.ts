/**
 * Milestones of a notice itself, not of any record (recordId null): the application
 * deadline it sets for every year (每年的9月底前 → 09-30 each year) and its objection
 * windows (公示期). An annual deadline runs from the notice's year until the horizon, the
 * last year the notice itself names (2019年至2021年每年…: recurring only while it says so),
 * the end of the experiment period the notice states when the deadline recurs only within it
 * (试点期内每年…), or until a later notice of the same programme sets its own. Nor does it outlive
 * its programme: once every record the programme has is past its cycle's end (programme-end.ts),
 * no round is planned after that day — unless the call came after it, opening a new round of
 * the programme.
 */
import type { RuleRow } from '../../../shared/schedule';
import { addYears, dateInYear, daysInMonth, isIsoDate, isoOf, parts } from './dates';
import type { DesiredMilestone } from './desired';
import { workingDayWindowEnd } from './working-days';

/**
 * The year a notice speaks from: its issue date, else its 文号 (吉民发〔2019〕30号) — both
 * read from its text. Never the day it was imported: an undated call of any year would
 * then owe this year's round, an overdue duty invented from a guess. Without a year the
 * rule stays in the rules list and plans no round until the notice's date is set.
 */
export function noticeYear(r: Pick<RuleRow, 'noticeIssuedOn' | 'noticeDocNo'>): number | null {
  if (r.noticeIssuedOn) return parts(r.noticeIssuedOn).y;
  const doc = /[〔[【(（]((?:19|20)\d{2})[〕\]】)）]/.exec(r.noticeDocNo ?? '');
  return doc ? Number(doc[1]) : null;
}

const num = (v: unknown): number | null =>
  typeof v === 'number' && Number.isInteger(v) ? v : null;

export function applicationDeadlines(
  rules: readonly RuleRow[],
  horizonYear: number,
  ends: ReadonlyMap<string, string> = new Map(),
): DesiredMilestone[] {
  // A yearly filing (年检材料 due each year) is no round of applying: shown as a rule, never planned.
  const annual = rules.filter(
    (r) => r.kind === 'annual_deadline' && r.noticeId !== null && r.params.filing !== true,
  );
  const out: DesiredMilestone[] = [];
  const perNotice = new Map<number, number>();
  for (const r of annual) {
    const month = num(r.params.month);
    const first = noticeYear(r);
    if (month === null || month < 1 || month > 12 || first === null) continue;
    const day = r.params.endOfMonth === true ? null : num(r.params.day);
    // A later notice of the same programme that sets its own annual deadline takes over from its year.
    const later = annual
      .filter(
        (o) => o.noticeId !== r.noticeId && o.programme === r.programme && r.programme !== null,
      )
      .map((o) => noticeYear(o))
      .filter((y): y is number => y !== null && y > first);
    const named = num(r.params.lastYear);
    const bound = named !== null && named >= first ? [named] : [];
    const last = Math.min(horizonYear, ...bound, ...later.map((y) => y - 1));
    const n = perNotice.get(r.noticeId ?? 0) ?? 0;
    perNotice.set(r.noticeId ?? 0, n + 1);
    const suffix = n === 0 ? '' : `#${n + 1}`;
    const periodEnd = r.params.withinCycle === true ? noticePeriodEnd(r, rules, first) : null;
    const over = programmeOver(r, ends, first);
    for (let y = first; y <= last; y++) {
      const due = dateInYear(y, month, day);
      if (r.noticeIssuedOn && due < r.noticeIssuedOn) continue;
      if (periodEnd !== null && due > periodEnd) break;
      if (over !== null && due > over) break;
      out.push({
        key: `notice:${r.noticeId}:application_due${suffix}:${y}`,
        recordId: null,
        noticeId: r.noticeId,
        ruleId: r.id,
        kind: 'application_due',
        dueOn: due,
        endOn: null,
        initialStatus: 'pending',
      });
    }
  }
  return out;
}

/**
 * The day the call's programme was over, when the call came before it (a call issued after its
 * programme's last known cycle recruits a new round, and its own rounds are all outstanding).
 */
function programmeOver(r: RuleRow, ends: ReadonlyMap<string, string>, first: number) {
  const end = r.programme === null ? undefined : ends.get(r.programme);
  if (end === undefined) return null;
  const issued = r.noticeIssuedOn ?? isoOf(first, 1, 1);
  return end >= issued ? end : null;
}

/** The rules stating a notice's experiment period, which callers pass beside its annual deadlines. */
export const PERIOD_KINDS: ReadonlySet<string> = new Set(['cycle', 'range']);

/**
 * The last day of the experiment period the rule's own notice states: its range's last month
 * (2019年7月至2021年6月), else its cycle counted from the notice's date (为期两年), or from the
 * end of its year when only the 文号 dates it. Null when the notice states no period: the
 * deadline then recurs as any other, rather than being cut at a guessed end.
 */
function noticePeriodEnd(r: RuleRow, rules: readonly RuleRow[], first: number): string | null {
  const own = rules.filter((o) => o.noticeId === r.noticeId);
  const range = own.find((o) => o.kind === 'range' && typeof o.params.to === 'string');
  const to = /^(\d{4})-(\d{2})$/.exec(String(range?.params.to ?? ''));
  if (to) {
    const y = Number(to[1]);
    const m = Number(to[2]);
    if (m >= 1 && m <= 12) return isoOf(y, m, daysInMonth(y, m));
  }
  const years = num(own.find((o) => o.kind === 'cycle')?.params.years);
  if (years === null || years < 1) return null;
  const start = isIsoDate(r.noticeIssuedOn) ? r.noticeIssuedOn : isoOf(first, 12, 31);
  return addYears(start, years);
}

export function objectionWindows(rules: readonly RuleRow[]): DesiredMilestone[] {
  const out: DesiredMilestone[] = [];
  for (const r of rules) {
    if (r.kind !== 'objection_window' || r.noticeId === null) continue;
    let to = isIsoDate(r.params.to) ? r.params.to : null;
    // A window told by its end only ("公示期截止至12月9日") runs from the notice's date.
    const issued =
      isIsoDate(r.noticeIssuedOn) && to && r.noticeIssuedOn <= to ? r.noticeIssuedOn : to;
    const from = isIsoDate(r.params.from) ? r.params.from : issued;
    if (!isIsoDate(from)) continue;
    const wd = num(r.params.workingDays);
    if (!to && wd !== null && wd > 0) to = workingDayWindowEnd(from, wd);
    out.push({
      key: `notice:${r.noticeId}:objection_window:${r.spanStart ?? `r${r.id}`}`,
      recordId: null,
      noticeId: r.noticeId,
      ruleId: r.id,
      kind: 'objection_window',
      dueOn: from,
      endOn: to && to >= from ? to : null,
      initialStatus: 'pending',
    });
  }
  return out;
}
