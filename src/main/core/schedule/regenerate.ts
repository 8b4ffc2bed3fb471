/**
 * Regeneration: rules and dates in, milestones out, with what people decided kept.
 * Each milestone has a key naming its obligation (rec:12:annual_plan:2019), so when a
 * rule or a date changes the same obligation is updated in place — its status and note
 * stay. A milestone the rules no longer produce is removed only if nobody touched it
 * (still pending, no note); one marked done or waived, or annotated, is kept as history.
 * Everything runs in one transaction (a savepoint when called inside an import).
 */
import type Database from 'better-sqlite3';
import {
  applyMilestones,
  recordIdsTouchedBy,
  scheduleNotices,
  scheduleSubjects,
  storedInScope,
  type ScheduleSubject,
} from '../../db/queries/milestones';
import {
  allRules,
  ensureNoticeRule,
  getSetting,
  setSetting,
  type RuleRow,
} from '../../db/queries/rules';
import { parts, todayInChina } from './dates';
import { ensureDefaultRules } from './default-rules';
import type { DesiredMilestone } from './desired';
import { periodOf } from './cycle';
import { applicationDeadlines, objectionWindows } from './notice-milestones';
import { recordMilestones } from './record-milestones';
import { effectiveRules } from './rule-set';
import { workingDayWindows } from './working-day-windows';

const HORIZON = 'schedule.horizonYear';

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

/** The last year annual deadlines are generated for: next year, as of today or the asked date. */
export function horizonYear(db: Database.Database, asOf?: string): number {
  const stored = Number(getSetting(db, HORIZON) ?? 0);
  return Math.max(stored, parts(asOf ?? todayInChina()).y + 1);
}

interface Scope {
  /** null: every live record. */
  recordIds: readonly number[] | null;
  /** null: every notice. */
  noticeIds: readonly number[] | null;
  asOf?: string;
}

function regenerate(db: Database.Database, scope: Scope): { written: number; removed: number } {
  return db.transaction(() => {
    ensureDefaultRules(db);
    const notices = scheduleNotices(db, scope.noticeIds);
    for (const n of notices) {
      for (const w of workingDayWindows(n.rawText, n.issuedOn)) {
        ensureNoticeRule(db, {
          noticeId: n.id,
          programme: n.programme,
          kind: 'objection_window',
          text: w.text,
          start: w.start,
          end: w.end,
          params: { from: w.from, to: w.to, workingDays: w.workingDays },
        });
      }
    }
    const rules = allRules(db);
    const subjects = scheduleSubjects(db, scope.recordIds);
    const desired: DesiredMilestone[] = subjects.flatMap((s) => desiredForRecord(s, rules));
    const noticeIds = new Set(notices.map((n) => n.id));
    const noticeRules = rules.filter((r) => r.noticeId !== null && noticeIds.has(r.noticeId));
    const horizon = horizonYear(db, scope.asOf);
    setSetting(db, HORIZON, String(horizon));
    // Annual deadlines need the whole programme's notices to know who supersedes whom.
    const programmes = new Set(noticeRules.map((r) => r.programme));
    const annualPeers = rules.filter(
      (r) => r.kind === 'annual_deadline' && r.noticeId !== null && programmes.has(r.programme),
    );
    desired.push(
      ...applicationDeadlines(annualPeers, horizon).filter(
        (d) => d.noticeId !== null && noticeIds.has(d.noticeId),
      ),
    );
    desired.push(...objectionWindows(noticeRules));

    const wanted = new Set(desired.map((d) => d.key));
    const stored = storedInScope(
      db,
      subjects.map((s) => s.id),
      [...noticeIds],
    );
    const remove = stored
      .filter((m) => !wanted.has(m.key) && m.status === 'pending' && !m.note)
      .map((m) => m.id);
    applyMilestones(db, desired, remove);
    return { written: desired.length, removed: remove.length };
  })();
}

export const regenerateAll = (db: Database.Database, asOf?: string) =>
  regenerate(db, { recordIds: null, noticeIds: null, asOf });

/**
 * After a notice is imported: its records and its own dates; and when it states rules,
 * every record of its programmes too. A plain list touches only its own records — which
 * keeps importing a long history linear instead of re-planning the programme each time.
 */
export function regenerateForNotice(db: Database.Database, noticeId: number) {
  const statesRules =
    db.prepare('SELECT 1 FROM rules WHERE notice_id = ? LIMIT 1').get(noticeId) !== undefined;
  if (!statesRules) {
    const own = (
      db
        .prepare('SELECT DISTINCT record_id AS id FROM mentions WHERE notice_id = ?')
        .all(noticeId) as { id: number }[]
    ).map((r) => r.id);
    return regenerate(db, { recordIds: own, noticeIds: [noticeId] });
  }
  const programmes = (
    db
      .prepare(
        'SELECT programme FROM notices WHERE id = ? UNION SELECT programme FROM rules WHERE notice_id = ?',
      )
      .all(noticeId, noticeId) as { programme: string | null }[]
  )
    .map((r) => r.programme)
    .filter((p): p is string => p !== null);
  const recordIds = recordIdsTouchedBy(db, noticeId, programmes);
  const peerNotices = (
    db
      .prepare(
        'SELECT id FROM notices WHERE programme IN (SELECT value FROM json_each(?)) OR id = ?',
      )
      .all(JSON.stringify(programmes), noticeId) as { id: number }[]
  ).map((r) => r.id);
  return regenerate(db, { recordIds, noticeIds: peerNotices });
}

/** After a record's dates or programme changed (an edit, a merge, an extension). */
export const regenerateForRecords = (db: Database.Database, recordIds: readonly number[]) =>
  regenerate(db, { recordIds, noticeIds: [] });

/** Annual deadlines reach one year past the asked date; a later date extends them first. */
export function ensureHorizon(db: Database.Database, asOf: string): void {
  const stored = Number(getSetting(db, HORIZON) ?? 0);
  if (stored >= parts(asOf).y + 1 && getSetting(db, 'schedule.defaultsSeeded') !== null) return;
  regenerateAll(db, asOf);
}
