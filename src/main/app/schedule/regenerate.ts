/**
 * Regeneration: rules and dates in, milestones out, with what people decided kept — run
 * by the writes that change rules, records or notices, inside their operation (never by
 * a read). Each milestone has a key naming its obligation (rec:12:annual_plan:2019), so
 * when a rule or a date changes the same obligation is updated in place: its status and
 * note stay. A milestone the rules no longer produce is removed only if nobody touched it
 * (still pending, no note); one marked done or waived, or annotated, is kept as history.
 */
import type { DesiredMilestone } from '../../core/schedule/desired';
import type { ScheduleSubject } from '../../../shared/schedule';
import { todayInChina } from '../../core/schedule/dates';
import {
  applicationDeadlines,
  objectionWindows,
  PERIOD_KINDS,
} from '../../core/schedule/notice-milestones';
import { noticeOneOffs, recordOneOffs } from '../../core/schedule/one-off-deadlines';
import { CYCLE_END_KINDS, programmeEnds } from '../../core/schedule/programme-end';
import { desiredForRecord, horizonYear, planMemo } from '../../core/schedule/record-plan';
import { workingDayWindows } from '../../core/schedule/working-day-windows';
import {
  milestonesByKeys,
  type MilestoneStoredRow,
  recordIdsTouchedBy,
  scheduleNotices,
  scheduleSubjects,
  storedInScope,
} from '../../db/queries/milestones';
import { noticesNamingRecords, recordsNamedBy } from '../../db/queries/notices-naming-records';
import { annualCallNotices, storedCycleDuties } from '../../db/queries/programme-cycles';
import { keptRules } from '../../db/queries/kept-rules';
import { getSetting, type RuleRow } from '../../db/queries/rules';
import { closeByEvents } from './close-by-events';
import { closeAnsweredRounds } from './close-rounds';
import { closeByMidtermReports } from './close-by-reports';
import type { RowImage, SqlValue } from '../../db/write/ledger-tables';
import type { WriteTx } from '../../db/write/write-tx';
import { statement } from '../../db/write/statements';

export const HORIZON_SETTING = 'schedule.horizonYear';

interface Scope {
  /** null: every live record. */
  recordIds: readonly number[] | null;
  /** null: every notice. */
  noticeIds: readonly number[] | null;
  asOf?: string;
}

/** A rule the schedule reads from a notice's own text (e.g. "公示期为5个工作日"), stored once. */
function noticeWindowRules(tx: WriteTx, noticeIds: readonly number[] | null) {
  const notices = scheduleNotices(tx.db, noticeIds);
  const exists = statement(
    tx.db,
    'SELECT 1 FROM rules WHERE notice_id = ? AND kind = ? AND span_start = ?',
  );
  for (const n of notices) {
    for (const w of workingDayWindows(n.rawText, n.issuedOn)) {
      if (exists.get(n.id, 'objection_window', w.start)) continue;
      tx.insert('rules', {
        notice_id: n.id,
        programme: n.programme,
        kind: 'objection_window',
        text: w.text,
        span_start: w.start,
        span_end: w.end,
        params: JSON.stringify({ from: w.from, to: w.to, workingDays: w.workingDays }),
        created_at: tx.now,
      });
    }
  }
  return notices;
}

/** The stored row already plans the obligation as `d` does (compared as WriteTx.update compares). */
const unchanged = (stored: MilestoneStoredRow, d: DesiredMilestone): boolean =>
  (stored.record_id ?? null) === (d.recordId ?? null) &&
  (stored.notice_id ?? null) === (d.noticeId ?? null) &&
  (stored.rule_id ?? null) === (d.ruleId ?? null) &&
  stored.kind === d.kind &&
  stored.due_on === d.dueOn &&
  (stored.end_on ?? null) === (d.endOn ?? null);

/** The columns regeneration owns: what the plan says, never the status or note people keep. */
const planned = (d: DesiredMilestone): Record<string, SqlValue> => ({
  record_id: d.recordId,
  notice_id: d.noticeId,
  rule_id: d.ruleId,
  kind: d.kind,
  due_on: d.dueOn,
  end_on: d.endOn,
});

function store(tx: WriteTx, desired: readonly DesiredMilestone[], removeIds: readonly number[]) {
  const existing = milestonesByKeys(
    tx.db,
    desired.map((d) => d.key),
  );
  // New milestones are inserted a run at a time (WriteTx.insertMany), each run before the
  // next update: rows, ids and the log's order stay those of inserting each where it comes.
  const added: RowImage[] = [];
  for (const d of desired) {
    const e = existing.get(d.key);
    if (!e) {
      added.push({
        ...planned(d),
        status: d.initialStatus,
        key: d.key,
        updated_at: tx.now,
      });
      continue;
    }
    // Status and note are people's: regeneration never touches them. An obligation planned
    // as before is left alone without reading its row again (the update would change nothing).
    if (unchanged(e, d)) continue;
    tx.insertMany('milestones', added.splice(0));
    const values = planned(d);
    const moved = e.due_on !== d.dueOn || e.end_on !== d.endOn;
    tx.update('milestones', e.id, moved ? { ...values, updated_at: tx.now } : values);
  }
  tx.insertMany('milestones', added);
  for (const id of removeIds) tx.remove('milestones', id);
}

/**
 * Whether each programme is over (core/schedule/programme-end.ts), from this regeneration's
 * plan for the records in scope and the stored plan of the programme's other records.
 */
function plannedProgrammeEnds(
  tx: WriteTx,
  subjects: readonly { id: number; programme: string | null }[],
  desired: readonly DesiredMilestone[],
  programmes: readonly (string | null)[],
): Map<string, string> {
  const named = programmes.filter((p): p is string => p !== null);
  if (named.length === 0) return new Map();
  const inScope = new Map(subjects.map((s) => [s.id, s.programme]));
  const duties = [
    ...storedCycleDuties(tx.db, named, CYCLE_END_KINDS).filter((d) => !inScope.has(d.recordId)),
    ...subjects.map((s) => ({ recordId: s.id, programme: s.programme, kind: null, dueOn: null })),
    ...desired
      .filter((d) => d.recordId !== null)
      .map((d) => ({ ...d, recordId: d.recordId!, programme: inScope.get(d.recordId!) ?? null })),
  ];
  return programmeEnds(duties);
}

/**
 * The notices naming a record whose plan holds a final report (the report's date is theirs).
 * Judged on every live record such a notice names, not only the records this run re-plans: a
 * yearly call re-planned beside a later list's records still names its own zones, which plan
 * their final report (planned here on the side, nothing written for them).
 */
function reportingNotices(
  tx: WriteTx,
  rules: readonly RuleRow[],
  memo: ReturnType<typeof planMemo>,
  subjects: readonly ScheduleSubject[],
  desired: readonly DesiredMilestone[],
  noticeRules: readonly RuleRow[],
): Set<number> {
  const reporting = new Set(
    desired.filter((d) => d.kind === 'final_report').map((d) => d.recordId),
  );
  const asking = [
    ...new Set(noticeRules.filter((r) => r.kind === 'final_report').map((r) => r.noticeId)),
  ].filter((n): n is number => n !== null);
  const planned = new Set(subjects.map((s) => s.id));
  const others = scheduleSubjects(
    tx.db,
    recordsNamedBy(tx.db, asking).filter((id) => !planned.has(id)),
  );
  for (const s of others)
    if (desiredForRecord(s, rules, memo).some((d) => d.kind === 'final_report'))
      reporting.add(s.id);
  return new Set(
    [...subjects, ...others]
      .filter((s) => reporting.has(s.id))
      .flatMap((s) => s.mentions.map((m) => m.noticeId)),
  );
}

function regenerate(
  tx: WriteTx,
  scope: Scope,
): { written: number; removed: number; closed: number } {
  const notices = noticeWindowRules(tx, scope.noticeIds);
  // kept between regenerations (every imported notice runs one): the same rows, in force now
  const rules = keptRules(tx.db);
  const subjects = scheduleSubjects(tx.db, scope.recordIds);
  const memo = planMemo(rules);
  const oneOffs = recordOneOffs(rules);
  const desired: DesiredMilestone[] = subjects.flatMap((s) => {
    const planned = desiredForRecord(s, rules, memo);
    return [...planned, ...oneOffs(s, planned)];
  });
  const noticeIds = new Set(notices.map((n) => n.id));
  const noticeRules = rules.filter((r) => r.noticeId !== null && noticeIds.has(r.noticeId));
  const storedHorizon = getSetting(tx.db, HORIZON_SETTING);
  const horizon = horizonYear(Number(storedHorizon ?? 0), scope.asOf ?? todayInChina());
  // Written only when it moves (each import regenerates; the year moves once a year).
  if (storedHorizon !== String(horizon)) tx.setSetting(HORIZON_SETTING, String(horizon));
  // Annual deadlines need the whole programme's notices to know who supersedes whom.
  const programmes = new Set(noticeRules.map((r) => r.programme));
  const annualPeers = rules.filter(
    (r) => r.kind === 'annual_deadline' && r.noticeId !== null && programmes.has(r.programme),
  );
  // Their notices' own periods bound the deadlines that recur only within them (试点期内每年…).
  const annualNotices = new Set(annualPeers.map((r) => r.noticeId));
  annualPeers.push(
    ...rules.filter((r) => PERIOD_KINDS.has(r.kind) && annualNotices.has(r.noticeId)),
  );
  const ends = plannedProgrammeEnds(tx, subjects, desired, [...programmes]);
  desired.push(
    ...applicationDeadlines(annualPeers, horizon, ends).filter(
      (d) => d.noticeId !== null && noticeIds.has(d.noticeId),
    ),
  );
  desired.push(...objectionWindows(noticeRules));
  desired.push(
    ...noticeOneOffs(
      noticeRules,
      noticesNamingRecords(tx.db, [...noticeIds]),
      reportingNotices(tx, rules, memo, subjects, desired, noticeRules),
    ),
  );

  const wanted = new Set(desired.map((d) => d.key));
  const stored = storedInScope(
    tx.db,
    subjects.map((s) => s.id),
    [...noticeIds],
  );
  const remove = stored
    .filter((m) => !wanted.has(m.key) && m.status === 'pending' && !m.note)
    .map((m) => m.id);
  store(tx, desired, remove);
  const ids = subjects.map((s) => s.id);
  const closed =
    closeByEvents(tx, ids) +
    closeByMidtermReports(tx, ids) +
    closeAnsweredRounds(tx, [...noticeIds]);
  return { written: desired.length, removed: remove.length, closed };
}

/** Every record and notice (a rule changed: it can touch a whole programme). */
export const regenerateAll = (tx: WriteTx, asOf?: string) =>
  regenerate(tx, { recordIds: null, noticeIds: null, asOf });

/**
 * After a notice is imported or edited: its records and its own dates; and when it states
 * rules, every record of its programmes too. A plain list touches only its own records —
 * which keeps importing a long history linear instead of re-planning the programme each time.
 */
export function regenerateForNotice(tx: WriteTx, noticeId: number) {
  const db = tx.db;
  const statesRules =
    statement(db, 'SELECT 1 FROM rules WHERE notice_id = ? LIMIT 1').get(noticeId) !== undefined;
  if (!statesRules) {
    const own = (
      statement(db, 'SELECT DISTINCT record_id AS id FROM mentions WHERE notice_id = ?').all(
        noticeId,
      ) as { id: number }[]
    ).map((r) => r.id);
    // Its records can end (or prolong) their programme, and with it the calls' yearly rounds.
    const calls = annualCallNotices(db, programmesOf(db, own));
    return regenerate(tx, { recordIds: own, noticeIds: [noticeId, ...calls] });
  }
  const programmes = (
    statement(
      db,
      'SELECT programme FROM notices WHERE id = ? UNION SELECT programme FROM rules WHERE notice_id = ?',
    ).all(noticeId, noticeId) as { programme: string | null }[]
  )
    .map((r) => r.programme)
    .filter((p): p is string => p !== null);
  const recordIds = recordIdsTouchedBy(db, noticeId, programmes);
  const peerNotices = (
    statement(
      db,
      'SELECT id FROM notices WHERE programme IN (SELECT value FROM json_each(?)) OR id = ?',
    ).all(JSON.stringify(programmes), noticeId) as { id: number }[]
  ).map((r) => r.id);
  return regenerate(tx, { recordIds, noticeIds: peerNotices });
}

/** After records' dates, programme or notices changed (an edit, a merge, an extension). */
export const regenerateForRecords = (tx: WriteTx, recordIds: readonly number[]) =>
  regenerate(tx, {
    recordIds,
    noticeIds: annualCallNotices(tx.db, programmesOf(tx.db, recordIds)),
  });

/** The programmes of these records. */
function programmesOf(db: WriteTx['db'], recordIds: readonly number[]): string[] {
  if (recordIds.length === 0) return [];
  return (
    statement(
      db,
      `SELECT DISTINCT programme FROM records
        WHERE programme IS NOT NULL AND id IN (SELECT value FROM json_each(?))`,
    ).all(JSON.stringify(recordIds)) as { programme: string }[]
  ).map((r) => r.programme);
}
