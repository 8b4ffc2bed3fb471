/**
 * The milestones one record should have, from its notices and the rules: pure, the
 * schedule's half of regeneration (the ledger's half is src/main/app/schedule).
 */
import type { RuleRow, ScheduleSubject } from '../../../shared/schedule';
import { periodOf, type Period } from './cycle';
import { dateInYear, isIsoDate, parts } from './dates';
import type { DesiredMilestone } from './desired';
import { reAcceptance } from './re-acceptance';
import { recordMilestones } from './record-milestones';
import { effectiveRules } from './rule-set';

/** The 批复/确认 that approved a record: its date is the start of a cycle given in years. */
const APPROVAL_TITLE = /批复|确认|命名|认定|同意/;
// A 公示 of a 拟确认 list is not the approval itself: its date starts nothing.
const proposes = (t: string | null) => /拟|公示/.test(t ?? '');
const approves = (t: string | null) => APPROVAL_TITLE.test(t ?? '') && !proposes(t);

function approvalOf(s: ScheduleSubject): { noticeId: number; issuedOn: string } | null {
  const dated = s.mentions.filter((m) => m.issuedOn !== null);
  // Notices that know their role: only the batch's confirmation starts its cycle (a progress
  // report, an acceptance or a news item dates nothing). A list put out for comment (拟确认…的
  // 公示) is read as a confirmation for its entries, but its units are only proposed: no duty
  // falls due before the confirmation itself comes.
  if (s.mentions.some((m) => m.role)) {
    const confirming = dated.filter(
      (m) => (m.role === 'confirmation' && !proposes(m.title)) || (!m.role && approves(m.title)),
    );
    const first = confirming.sort((a, b) => (a.issuedOn ?? '').localeCompare(b.issuedOn ?? ''))[0];
    return first?.issuedOn ? { noticeId: first.noticeId, issuedOn: first.issuedOn } : null;
  }
  const approving =
    dated.find((m) => approves(m.title)) ??
    dated.find((m) => m.kind === 'zone_approval') ??
    dated[0];
  return approving?.issuedOn
    ? { noticeId: approving.noticeId, issuedOn: approving.issuedOn }
    : null;
}

/** An extension told by a status event moves the end (and so the duties after it). */
function extendedBy(p: Period | null, until: string | null): Period | null {
  if (!p || !until) return p;
  const end = /^\d{4}-\d{2}$/.test(until) ? monthEnd(until) : until;
  return isIsoDate(end) && end > p.end ? { ...p, end } : p;
}

function monthEnd(ym: string): string {
  const y = Number(ym.slice(0, 4));
  const m = Number(ym.slice(5, 7));
  return dateInYear(y, m, null);
}

function plannedFor(s: ScheduleSubject, rules: readonly RuleRow[]): DesiredMilestone[] {
  const eff = effectiveRules(
    {
      id: s.id,
      programme: s.programme,
      kind: s.kind ?? null,
      batch: s.batch ?? null,
      noticeIds: s.mentions.map((m) => m.noticeId),
    },
    rules,
  );
  const approval = approvalOf(s);
  const period = extendedBy(periodOf(eff, approval?.issuedOn ?? null), s.extendedUntil ?? null);
  return period
    ? recordMilestones(s.id, period, eff, approval?.noticeId ?? s.mentions[0]?.noticeId ?? null)
    : [];
}

/**
 * One regeneration's plans by what a plan depends on besides the record's id (programme,
 * kind, batch, notices, extension): a notice's thirty records usually share all of it, so they
 * are planned once and the plan is copied under each id. A record with rules of its own
 * (an extension, a corrected start) is always planned alone.
 */
export interface PlanMemo {
  withOwnRules: ReadonlySet<number>;
  plans: Map<string, { recordId: number; planned: DesiredMilestone[] }>;
}

/** By frozen rule list (kept between regenerations): the records with rules of their own. */
const ownRulesByRules = new WeakMap<readonly RuleRow[], ReadonlySet<number>>();

export function planMemo(rules: readonly RuleRow[]): PlanMemo {
  let withOwnRules = ownRulesByRules.get(rules);
  if (!withOwnRules) {
    const own = new Set<number>();
    for (const r of rules)
      if (r.noticeId === null && typeof r.params.recordId === 'number') own.add(r.params.recordId);
    withOwnRules = own;
    if (Object.isFrozen(rules)) ownRulesByRules.set(rules, own);
  }
  return { withOwnRules, plans: new Map() };
}

function sharedPlan(s: ScheduleSubject, rules: readonly RuleRow[], memo: PlanMemo) {
  const key = JSON.stringify([
    s.programme,
    s.kind ?? null,
    s.batch ?? null,
    s.extendedUntil ?? null,
    s.mentions,
  ]);
  const kept = memo.plans.get(key);
  if (!kept) {
    const planned = plannedFor(s, rules);
    memo.plans.set(key, { recordId: s.id, planned });
    return planned;
  }
  // Keys name the record first (rec:12:annual_plan:2019): only that part differs.
  const from = `rec:${kept.recordId}:`.length;
  return kept.planned.map((m) => ({
    ...m,
    recordId: s.id,
    key: `rec:${s.id}:${m.key.slice(from)}`,
  }));
}

export function desiredForRecord(
  s: ScheduleSubject,
  rules: readonly RuleRow[],
  memo?: PlanMemo,
): DesiredMilestone[] {
  const planned =
    memo && !memo.withOwnRules.has(s.id) ? sharedPlan(s, rules, memo) : plannedFor(s, rules);
  const again = s.failed ? reAcceptance(s.id, s.failed) : null;
  return again ? [...planned, again] : planned;
}

/** The last year annual deadlines are generated for: next year as of the date, never less than before. */
export const horizonYear = (stored: number, asOf: string): number =>
  Math.max(stored, parts(asOf).y + 1);
