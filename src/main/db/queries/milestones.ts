/**
 * Stored milestones. The table keeps what people decided (status pending/done/waived
 * and a note) under a stable key; dates are regenerated from rules. "Overdue" is never
 * stored: it depends on the date you ask about.
 */
import type Database from 'better-sqlite3';
import { LIVE } from './live';
import type { MilestoneKind } from '../../../shared/domain';
import type { FailedReview, ScheduleSubject } from '../../../shared/schedule';
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
    `SELECT r.id, r.programme, r.kind, r.batch, m.notice_id
         FROM records r
         LEFT JOIN mentions m ON m.record_id = r.id
        WHERE ${LIVE} ${idsJson === null ? '' : 'AND r.id IN (SELECT value FROM json_each(@ids))'}
        ORDER BY r.id, m.id`,
  ).all(idsJson === null ? {} : { ids: idsJson }) as {
    id: number;
    programme: string | null;
    kind: string | null;
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
        kind: r.kind,
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
