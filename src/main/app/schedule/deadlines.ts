/**
 * The deadline list, reminders and calendar as of a date: a read of the stored milestones
 * (it never writes). Annual deadlines reach one year past the date the ledger last planned
 * for; asked about a later date, the list adds the years beyond as foreseen items, computed
 * from the same rules, without storing them.
 */
import { INFORMATIONAL_KINDS, type MilestoneKind } from '../../../shared/domain';
import type { DeadlineItem, IcsExport } from '../../../shared/schedule';
import { daysBetween, todayInChina } from '../../core/schedule/dates';
import { deadlineOf, statusAsOf, withinDays } from '../../core/schedule/deadline-list';
import { historicalIds } from '../../core/schedule/history';
import { isCompleted, milestonesToIcs } from '../../core/schedule/ics';
import { milestoneLabel } from '../../core/schedule/labels';
import { applicationDeadlines, PERIOD_KINDS } from '../../core/schedule/notice-milestones';
import { CYCLE_END_KINDS, programmeEnds } from '../../core/schedule/programme-end';
import { horizonYear } from '../../core/schedule/record-plan';
import type { LedgerHandle } from '../../db/ledger';
import { calendarIdentities, calendarNamespace } from '../../db/queries/calendar';
import { listMilestoneRows, noticesById, type MilestoneRow } from '../../db/queries/milestone-list';
import { milestonesByKeys } from '../../db/queries/milestones';
import { storedCycleDuties } from '../../db/queries/programme-cycles';
import { allRules, getSetting } from '../../db/queries/rules';
import { HORIZON_SETTING } from './regenerate';

export interface DeadlineQuery {
  asOf?: string;
  withinDays?: number;
  recordId?: number;
  /** One milestone of no record (a notice's own deadline): its history is its own. */
  id?: number;
}

const FALLBACK_RULE: Partial<Record<string, string>> = {
  approval: '批复/确认通知的发文日期',
  re_acceptance:
    '结项验收未通过：整改期满前重新验收（期限按通知所写整改截止日期，未写日期的按整改期，都未写明的按一年计）',
};

export function toItem(m: MilestoneRow, asOf: string): DeadlineItem {
  const deadline = deadlineOf(m);
  return {
    id: m.id,
    recordId: m.recordId,
    noticeId: m.noticeId,
    kind: m.kind as MilestoneKind,
    dueOn: m.dueOn,
    ...(m.endOn ? { endOn: m.endOn } : {}),
    status: statusAsOf(m.status, deadline, asOf, m.kind),
    ...(INFORMATIONAL_KINDS.has(m.kind) ? { informational: true as const } : {}),
    rule: { noticeId: m.ruleNoticeId, text: m.ruleText ?? FALLBACK_RULE[m.kind] ?? '' },
    key: m.key,
    label: milestoneLabel(m.kind, m.key, m.ruleText),
    storedStatus: m.status,
    note: m.note,
    daysLeft: daysBetween(asOf, deadline),
    record: m.record,
    notice: m.notice,
  };
}

/** Annual application deadlines of the years past the stored horizon that `asOf` reaches. */
export function foreseen(ledger: LedgerHandle, asOf: string): DeadlineItem[] {
  const stored = Number(getSetting(ledger.db, HORIZON_SETTING) ?? 0);
  const wanted = horizonYear(stored, asOf);
  if (wanted <= stored) return [];
  const rules = allRules(ledger.db).filter(
    (r) => r.kind === 'annual_deadline' || PERIOD_KINDS.has(r.kind),
  );
  // Only the programmes of yearly calls can end a round early: their records' cycles are read,
  // not every record of the ledger (none at all when no call states a yearly deadline).
  const called = [
    ...new Set(
      rules.flatMap((r) =>
        r.kind === 'annual_deadline' && r.params.filing !== true && r.programme
          ? [r.programme]
          : [],
      ),
    ),
  ];
  const ends = programmeEnds(
    called.length === 0 ? [] : storedCycleDuties(ledger.db, called, CYCLE_END_KINDS),
  );
  const desired = applicationDeadlines(rules, wanted, ends);
  const have = milestonesByKeys(
    ledger.db,
    desired.map((d) => d.key),
  );
  const byRule = new Map(rules.map((r) => [r.id, r]));
  const fresh = desired.filter((d) => !have.has(d.key));
  // Named as the stored deadlines of the same notice are (deadlineWho), from the same read.
  const notices = noticesById(
    ledger.db,
    new Set(fresh.flatMap((d) => (d.noticeId === null ? [] : [d.noticeId]))),
  );
  return fresh.map((d, i): DeadlineItem => {
    const rule = d.ruleId === null ? undefined : byRule.get(d.ruleId);
    return {
      id: -(i + 1),
      recordId: null,
      noticeId: d.noticeId,
      kind: d.kind,
      dueOn: d.dueOn,
      status: statusAsOf('pending', d.dueOn, asOf),
      rule: { noticeId: d.noticeId, text: rule?.text ?? '' },
      key: d.key,
      label: milestoneLabel(d.kind, d.key),
      storedStatus: 'pending',
      note: null,
      daysLeft: daysBetween(asOf, d.dueOn),
      record: null,
      notice: (d.noticeId === null ? undefined : notices.get(d.noticeId)) ?? null,
      projected: true,
    };
  });
}

/** The deadline list as the contract's deadlines/list returns it (as-of defaults to today in Beijing). */
export function deadlines(ledger: LedgerHandle, q: DeadlineQuery = {}): DeadlineItem[] {
  const asOf = q.asOf ?? todayInChina();
  const rows = listMilestoneRows(ledger.db, { recordId: q.recordId, id: q.id });
  const stored = rows.map((m) => toItem(m, asOf));
  const history = historicalIds(
    stored.map((i, n) => ({ ...i, learnedOn: rows[n]!.learnedOn })),
    asOf,
  );
  for (const i of stored) if (history.has(i.id)) i.historical = true;
  const extra = q.recordId === undefined && q.id === undefined ? foreseen(ledger, asOf) : [];
  const all =
    extra.length === 0
      ? stored
      : [...stored, ...extra].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  return withinDays(all, asOf, q.withinDays);
}

/**
 * ICS text of the same selection, for the contract's deadlines/ics and the renderer's
 * download: UIDs from each deadline's identity under the ledger's namespace (settings
 * `calendar.namespace`, made by migration 0004), completed and waived items left out
 * unless `includeDone`.
 */
export function deadlinesIcs(
  ledger: LedgerHandle,
  q: DeadlineQuery & { includeDone?: boolean } = {},
  now = new Date(),
): IcsExport {
  const items = deadlines(ledger, q);
  const asOf = q.asOf ?? todayInChina(now);
  const included = q.includeDone ? items : items.filter((i) => !isCompleted(i));
  return {
    ics: milestonesToIcs(included, {
      now,
      namespace: calendarNamespace(ledger.db),
      identities: calendarIdentities(ledger.db),
      includeDone: true,
    }),
    events: included.length,
    fileName: `台账期限-${asOf}.ics`,
  };
}
