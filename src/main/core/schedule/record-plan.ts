/**
 * The milestones one record should have, from its notices and the rules: pure, the
 * schedule's half of regeneration (the ledger's half is src/main/app/schedule).
 */
import type { RuleRow, ScheduleSubject } from '../../../shared/schedule';
import { periodOf } from './cycle';
import { parts } from './dates';
import type { DesiredMilestone } from './desired';
import { recordMilestones } from './record-milestones';
import { effectiveRules } from './rule-set';

/** The 批复/确认 that approved a record: its date is the start of a cycle given in years. */
const APPROVAL_TITLE = /批复|确认|命名|认定|同意/;

function approvalOf(s: ScheduleSubject): { noticeId: number; issuedOn: string } | null {
  const dated = s.mentions.filter((m) => m.issuedOn !== null);
  // A 公示 of a 拟确认 list is not the approval itself: its date starts nothing.
  const approves = (t: string | null) => APPROVAL_TITLE.test(t ?? '') && !/拟|公示/.test(t ?? '');
  const approving =
    dated.find((m) => approves(m.title)) ??
    dated.find((m) => m.kind === 'zone_approval') ??
    dated[0];
  return approving?.issuedOn
    ? { noticeId: approving.noticeId, issuedOn: approving.issuedOn }
    : null;
}

export function desiredForRecord(
  s: ScheduleSubject,
  rules: readonly RuleRow[],
): DesiredMilestone[] {
  const eff = effectiveRules(
    { id: s.id, programme: s.programme, noticeIds: s.mentions.map((m) => m.noticeId) },
    rules,
  );
  const approval = approvalOf(s);
  const period = periodOf(eff, approval?.issuedOn ?? null);
  return period
    ? recordMilestones(s.id, period, eff, approval?.noticeId ?? s.mentions[0]?.noticeId ?? null)
    : [];
}

/** The last year annual deadlines are generated for: next year as of the date, never less than before. */
export const horizonYear = (stored: number, asOf: string): number =>
  Math.max(stored, parts(asOf).y + 1);
