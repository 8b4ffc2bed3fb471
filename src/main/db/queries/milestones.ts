/**
 * Stored milestones. The table keeps what people decided (status pending/done/waived
 * and a note) under a stable key; dates are regenerated from rules. "Overdue" is never
 * stored: it depends on the date you ask about.
 */
import type Database from 'better-sqlite3';
import { LIVE } from './live';
import type { MilestoneKind, RecordKind } from '../../../shared/domain';
import type { DeadlineNotice, FailedReview, ScheduleSubject } from '../../../shared/schedule';
import { statement } from '../write/statements';

export type StoredStatus = 'pending' | 'done' | 'waived';

export interface StoredMilestone {
  id: number;
  key: string;
  recordId: number | null;
  noticeId: number | null;
  status: StoredStatus;
  note: string | null;
}

export interface MilestoneRow extends StoredMilestone {
  ruleId: number | null;
  kind: string;
  dueOn: string;
  endOn: string | null;
  ruleNoticeId: number | null;
  ruleText: string | null;
  record: {
    kind: RecordKind;
    regionText: string | null;
    regionCode: string | null;
    unit: string | null;
    title: string | null;
    programme: string | null;
  } | null;
  notice: DeadlineNotice | null;
  /** The day its record was imported (a notice's own deadline: the day its notice was). */
  learnedOn: string | null;
}

/** Stored milestones of these records, and the notice-level ones (no record) of these notices. */
export function storedInScope(
  db: Database.Database,
  recordIds: readonly number[],
  noticeIds: readonly number[],
): StoredMilestone[] {
  return statement(
    db,
    `SELECT id, key, record_id AS recordId, notice_id AS noticeId, status, note FROM milestones
        WHERE record_id IN (SELECT value FROM json_each(@records))
           OR (record_id IS NULL AND notice_id IN (SELECT value FROM json_each(@notices)))`,
  ).all({
    records: JSON.stringify(recordIds),
    notices: JSON.stringify(noticeIds),
  }) as StoredMilestone[];
}

/** A stored milestone row as regeneration compares it with what the rules now want. */
export interface MilestoneStoredRow {
  id: number;
  key: string;
  record_id: number | null;
  notice_id: number | null;
  rule_id: number | null;
  kind: string;
  due_on: string;
  end_on: string | null;
  status: StoredStatus;
  note: string | null;
  updated_at: string;
}

/** Stored milestones with these keys, by key. */
export function milestonesByKeys(
  db: Database.Database,
  keys: readonly string[],
): Map<string, MilestoneStoredRow> {
  const rows = statement(
    db,
    'SELECT * FROM milestones WHERE key IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify(keys)) as MilestoneStoredRow[];
  return new Map(rows.map((r) => [r.key, r]));
}

export function milestoneRow(db: Database.Database, id: number): MilestoneStoredRow | undefined {
  return statement(db, 'SELECT * FROM milestones WHERE id = ?').get(id) as
    MilestoneStoredRow | undefined;
}

interface RawRow {
  id: number;
  key: string;
  record_id: number | null;
  notice_id: number | null;
  rule_id: number | null;
  kind: string;
  due_on: string;
  end_on: string | null;
  status: StoredStatus;
  note: string | null;
  rule_notice_id: number | null;
  rule_text: string | null;
  r_kind: RecordKind | null;
  region_text: string | null;
  region_code: string | null;
  unit: string | null;
  r_title: string | null;
  programme: string | null;
  n_title: string | null;
  doc_no: string | null;
  n_issuer: string | null;
  n_issued_on: string | null;
  n_file: string | null;
  learned_on: string | null;
}

/**
 * One record's duties falling due on the same day, in the order of its life: the final
 * report before the acceptance that reviews it, last year's summary before this year's plan
 * (as notices say them: 上一年度实验工作总结和本年度实验计划) — by kind name, the acceptance came
 * first. Kinds not named here go after, by name.
 */
const LIFE_ORDER = [
  'application_due',
  'approval',
  'annual_summary',
  'annual_plan',
  'midterm',
  'final_report',
  'acceptance',
  're_acceptance',
  'extension',
  'objection_window',
];
const LIFE_RANK = `instr('${LIFE_ORDER.map((k) => `,${k},`).join('')}', ',' || m.kind || ',')`;

/**
 * Milestones of live records (not merged away, not deleted) and of notices, in the
 * order staff read them: by date, then the official division order, then the record's life.
 */
export function listMilestoneRows(
  db: Database.Database,
  opts: { recordId?: number; id?: number } = {},
): MilestoneRow[] {
  const rows = statement(
    db,
    `SELECT m.id, m.key, m.record_id, m.notice_id, m.rule_id, m.kind, m.due_on, m.end_on, m.status, m.note,
              ru.notice_id AS rule_notice_id, ru.text AS rule_text,
              r.kind AS r_kind, r.region_text, r.region_code, r.unit, r.title AS r_title, r.programme,
              n.title AS n_title, n.doc_no, n.issuer AS n_issuer, n.issued_on AS n_issued_on,
              n.file AS n_file,
              substr(CASE WHEN m.record_id IS NULL THEN n.imported_at ELSE r.created_at END, 1, 10) AS learned_on
         FROM milestones m
         LEFT JOIN records r ON r.id = m.record_id
         LEFT JOIN rules ru ON ru.id = m.rule_id
         LEFT JOIN notices n ON n.id = m.notice_id
        WHERE (m.record_id IS NULL OR (${LIVE}))
          AND (m.record_id IS NOT NULL OR n.withdrawn_at IS NULL)
          AND (@recordId IS NULL OR m.record_id = @recordId)
          AND (@id IS NULL OR m.id = @id)
        ORDER BY m.due_on, r.region_code, r.seq, m.record_id, ${LIFE_RANK} = 0, ${LIFE_RANK},
                 m.kind, m.key`,
  ).all({ recordId: opts.recordId ?? null, id: opts.id ?? null }) as RawRow[];
  return rows.map((r) => ({
    id: r.id,
    key: r.key,
    recordId: r.record_id,
    noticeId: r.notice_id,
    ruleId: r.rule_id,
    kind: r.kind,
    dueOn: r.due_on,
    endOn: r.end_on,
    status: r.status,
    note: r.note,
    ruleNoticeId: r.rule_notice_id,
    ruleText: r.rule_text,
    record:
      r.record_id !== null && r.r_kind
        ? {
            kind: r.r_kind,
            regionText: r.region_text,
            regionCode: r.region_code,
            unit: r.unit,
            title: r.r_title,
            programme: r.programme,
          }
        : null,
    notice:
      r.notice_id !== null
        ? {
            title: r.n_title,
            docNo: r.doc_no,
            issuer: r.n_issuer,
            issuedOn: r.n_issued_on,
            file: r.n_file,
          }
        : null,
    learnedOn: r.learned_on,
  }));
}

/**
 * Live records (all when ids is null), each with its mentions' notices in mention order.
 * Three reads instead of one join: an import's thirty records mostly share one notice, whose
 * row (with its whole text) the join read once per mention; and the two status-event
 * lookups run only for records that have such an event, not for every mention row.
 */
export function scheduleSubjects(
  db: Database.Database,
  ids: readonly number[] | null,
): ScheduleSubject[] {
  // Two texts, not "@all = 1 OR id IN …": with the OR the planner scanned every live
  // record for an import's thirty.
  const idsJson = ids === null ? null : JSON.stringify(ids);
  const rows = statement(
    db,
    `SELECT r.id, r.programme, r.batch, m.notice_id
         FROM records r
         LEFT JOIN mentions m ON m.record_id = r.id
        WHERE ${LIVE} ${idsJson === null ? '' : 'AND r.id IN (SELECT value FROM json_each(@ids))'}
        ORDER BY r.id, m.id`,
  ).all(idsJson === null ? {} : { ids: idsJson }) as {
    id: number;
    programme: string | null;
    batch: string | null;
    notice_id: number | null;
  }[];
  const notices = liveNoticesOf(db, rows);
  const events = statusEventsOf(db, idsJson);
  const out = new Map<number, ScheduleSubject>();
  for (const r of rows) {
    let s = out.get(r.id);
    if (!s) {
      const e = events.get(r.id);
      s = {
        id: r.id,
        programme: r.programme,
        batch: r.batch,
        mentions: [],
        extendedUntil: e?.extended_until ?? null,
        failed: e?.failed ? (JSON.parse(e.failed) as FailedReview) : null,
      };
      out.set(r.id, s);
    }
    const n = r.notice_id === null ? undefined : notices.get(r.notice_id);
    if (n)
      s.mentions.push({
        noticeId: n.id,
        issuedOn: n.issued_on,
        kind: n.kind,
        title: n.title,
        role: n.role,
      });
  }
  return [...out.values()];
}

interface SubjectNotice {
  id: number;
  issued_on: string | null;
  kind: string | null;
  title: string | null;
  role: string | null;
}

/** The mentioned notices not withdrawn, each read once. */
function liveNoticesOf(
  db: Database.Database,
  rows: readonly { notice_id: number | null }[],
): Map<number, SubjectNotice> {
  const ids = [...new Set(rows.map((r) => r.notice_id).filter((id) => id !== null))];
  const found = statement(
    db,
    `SELECT id, issued_on, kind, title, role FROM notices
        WHERE withdrawn_at IS NULL AND id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as SubjectNotice[];
  return new Map(found.map((n) => [n.id, n]));
}

/** For records with an extension or a failed review told by a status event: the latest. */
function statusEventsOf(
  db: Database.Database,
  idsJson: string | null,
): Map<number, { extended_until: string | null; failed: string | null }> {
  const rows = statement(
    db,
    `SELECT x.record_id AS id,
            (SELECT e.until_on FROM record_events e JOIN mentions em ON em.id = e.mention_id
               JOIN notices en ON en.id = e.notice_id AND en.withdrawn_at IS NULL
              WHERE em.record_id = x.record_id AND e.status = '已延期' AND e.until_on IS NOT NULL
              -- An official notice's new end outranks a news item's (source authority).
              ORDER BY (en.role = 'news') ASC, e.until_on DESC LIMIT 1) AS extended_until,
            (SELECT json_object('noticeId', e.notice_id, 'occurredOn', e.occurred_on,
                                'sentence', e.sentence, 'noticeText', en.raw_text)
               FROM record_events e JOIN mentions em ON em.id = e.mention_id
               JOIN notices en ON en.id = e.notice_id AND en.withdrawn_at IS NULL
              WHERE em.record_id = x.record_id AND e.status = '未通过'
              ORDER BY e.occurred_on DESC, e.id DESC LIMIT 1) AS failed
       FROM (SELECT DISTINCT em.record_id FROM mentions em
               JOIN record_events e ON e.mention_id = em.id AND e.status IN ('已延期', '未通过')
              ${idsJson === null ? '' : 'WHERE em.record_id IN (SELECT value FROM json_each(@ids))'}) x`,
  ).all(idsJson === null ? {} : { ids: idsJson }) as {
    id: number;
    extended_until: string | null;
    failed: string | null;
  }[];
  return new Map(rows.map((r) => [r.id, r]));
}

/** Live record ids of these programmes or named in this notice: who a notice's rules can touch. */
export function recordIdsTouchedBy(
  db: Database.Database,
  noticeId: number,
  programmes: readonly string[],
): number[] {
  return (
    statement(
      db,
      `SELECT id FROM records r WHERE ${LIVE}
            AND (r.programme IN (SELECT value FROM json_each(@p))
                 OR r.id IN (SELECT record_id FROM mentions WHERE notice_id = @n))`,
    ).all({ p: JSON.stringify(programmes), n: noticeId }) as { id: number }[]
  ).map((r) => r.id);
}

export interface ScheduleNotice {
  id: number;
  programme: string | null;
  issuedOn: string | null;
  rawText: string;
}

export function scheduleNotices(
  db: Database.Database,
  ids: readonly number[] | null,
): ScheduleNotice[] {
  return statement(
    db,
    `SELECT id, programme, issued_on AS issuedOn, raw_text AS rawText FROM notices
        WHERE withdrawn_at IS NULL
          ${ids === null ? '' : 'AND id IN (SELECT value FROM json_each(@ids))'}`,
  ).all(ids === null ? {} : { ids: JSON.stringify(ids) }) as ScheduleNotice[];
}

/** Milestones of a notice and of the records it names: what its import added. */
export function milestoneCounts(db: Database.Database, noticeId: number): { all: number } {
  const row = statement(
    db,
    `SELECT count(*) AS n FROM milestones
        WHERE notice_id = @n OR record_id IN (SELECT record_id FROM mentions WHERE notice_id = @n)`,
  ).get({ n: noticeId }) as { n: number };
  return { all: row.n };
}

/** What a record's status is read from: the kind, stored status and dates of its milestones. */
export interface MilestoneState {
  kind: MilestoneKind;
  status: StoredStatus;
  dueOn: string;
  endOn?: string;
}

export function milestoneStatesOf(
  db: Database.Database,
  recordIds: readonly number[],
): Map<number, MilestoneState[]> {
  const out = new Map<number, MilestoneState[]>();
  if (recordIds.length === 0) return out;
  const rows = db
    .prepare(
      `SELECT record_id AS recordId, kind, status, due_on AS dueOn, end_on AS endOn
         FROM milestones WHERE record_id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(recordIds)) as (Omit<MilestoneState, 'endOn'> & {
    recordId: number;
    endOn: string | null;
  })[];
  for (const { recordId, endOn, ...m } of rows) {
    const state: MilestoneState = endOn ? { ...m, endOn } : m;
    const list = out.get(recordId);
    if (list) list.push(state);
    else out.set(recordId, [state]);
  }
  return out;
}
