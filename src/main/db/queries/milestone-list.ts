/**
 * The deadline list as stored: every milestone of a live record or of a notice in force, in
 * the order staff read them, with what names it (its record, its notice, its rule).
 *
 * A notice's row holds its whole text before the columns the list shows (title, issuer,
 * dates), so reading those columns walks the text's overflow pages. Joined to every
 * milestone, that walk ran once per duty — 175,000 times at 100,000 records, two thirds of
 * the list's time — for a few hundred notices. The notices are read once each, keyed, after
 * the milestones; the list's own statement reaches a notice only for a milestone that has
 * no record (a notice's own deadline), to keep it out when the notice is withdrawn.
 */
import type Database from 'better-sqlite3';
import type { RecordKind } from '../../../shared/domain';
import type { DeadlineNotice, DeadlineRecord } from '../../../shared/schedule';
import { firstLineOf } from '../../../shared/notice-name';
import { statement } from '../write/statements';
import { LIVE } from './live';
import { placeName } from '../../../shared/place-name';
import { spansProvinces } from './spans-provinces';
import type { MilestoneStoredRow, StoredMilestone, StoredStatus } from './milestones';

export interface MilestoneRow extends StoredMilestone {
  ruleId: number | null;
  kind: string;
  dueOn: string;
  endOn: string | null;
  ruleNoticeId: number | null;
  ruleText: string | null;
  record: DeadlineRecord | null;
  notice: DeadlineNotice | null;
  /** The day its record was imported (a notice's own deadline: the day its notice was). */
  learnedOn: string | null;
}

/** What a milestone's date and status need, and nothing that names it (see glanceRows). */
export interface MilestoneDateRow {
  id: number;
  recordId: number | null;
  kind: string;
  dueOn: string;
  endOn: string | null;
  status: StoredStatus;
  learnedOn: string | null;
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

/** A notice's column, read only where the milestone has no record (CASE and OR stop early). */
const ownNotice = (col: string) => `(SELECT n.${col} FROM notices n WHERE n.id = m.notice_id)`;

/**
 * Milestones of live records (not merged away, not deleted) and of notices in force, in the
 * order staff read them: by date, then the official division order, then the record's life.
 */
export const listed = (joins = '', also = '') => `FROM milestones m
         LEFT JOIN records r ON r.id = m.record_id ${joins}
        WHERE (m.record_id IS NULL OR (${LIVE}))
          AND (m.record_id IS NOT NULL OR ${ownNotice('withdrawn_at')} IS NULL)
          AND (@recordId IS NULL OR m.record_id = @recordId)
          AND (@id IS NULL OR m.id = @id) ${also}
        ORDER BY m.due_on, r.region_code, r.seq, m.record_id, ${LIFE_RANK} = 0, ${LIFE_RANK},
                 m.kind, m.key`;

const LEARNED_ON = `substr(CASE WHEN m.record_id IS NULL THEN ${ownNotice('imported_at')}
                                ELSE r.created_at END, 1, 10)`;

const LIST_COLUMNS = `SELECT m.id, m.key, m.record_id, m.notice_id, m.rule_id, m.kind,
              m.due_on, m.end_on, m.status, m.note,
              ru.notice_id AS rule_notice_id, ru.text AS rule_text,
              r.kind AS r_kind, r.region_text, r.region_code, r.unit, r.title AS r_title, r.programme,
              r.province, r.city, r.county, r.town,
              ${LEARNED_ON} AS learned_on`;

/** The list's statement, exported so a test can read its plan. */
export const MILESTONE_LIST_SQL = `${LIST_COLUMNS}
         ${listed('LEFT JOIN rules ru ON ru.id = m.rule_id')}`;

/** The same rows for the ids a page shows (deadline-page.ts), each found by its key. */
export const MILESTONES_BY_IDS_SQL = `${LIST_COLUMNS}
         ${listed('LEFT JOIN rules ru ON ru.id = m.rule_id', 'AND m.id IN (SELECT value FROM json_each(@ids))')}`;

/** The light statement of glanceRows, exported so a test can read its plan. */
export const MILESTONE_DATES_SQL = `SELECT m.id, m.record_id AS recordId, m.kind, m.due_on AS dueOn,
              m.end_on AS endOn, m.status, ${LEARNED_ON} AS learnedOn
         ${listed()}`;

/** A stored milestone as regeneration reads it, with its rule's and record's columns. */
interface RawRow extends Omit<MilestoneStoredRow, 'updated_at'> {
  rule_notice_id: number | null;
  rule_text: string | null;
  r_kind: RecordKind | null;
  region_text: string | null;
  region_code: string | null;
  unit: string | null;
  r_title: string | null;
  programme: string | null;
  province: string | null;
  city: string | null;
  county: string | null;
  town: string | null;
}

/**
 * The notices these milestones name, each read once. An untitled one's opening is read too
 * (its first line names it, as in the notices list): a few hundred characters of the few
 * notices without a title, not every notice's text.
 */
export function noticesById(
  db: Database.Database,
  ids: Iterable<number>,
): Map<number, DeadlineNotice> {
  const rows = statement(
    db,
    `SELECT id, title, doc_no AS docNo, issuer, issued_on AS issuedOn, file,
            CASE WHEN title IS NULL THEN substr(raw_text, 1, 400) END AS head
       FROM notices WHERE id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify([...ids])) as (DeadlineNotice & { id: number; head: string | null })[];
  return new Map(
    rows.map(({ id, head, ...n }) => [
      id,
      head === null ? n : { ...n, firstLine: firstLineOf(head) },
    ]),
  );
}

export function listMilestoneRows(
  db: Database.Database,
  opts: { recordId?: number; id?: number; ids?: readonly number[] } = {},
): MilestoneRow[] {
  const params = { recordId: opts.recordId ?? null, id: opts.id ?? null };
  const rows = (
    opts.ids
      ? statement(db, MILESTONES_BY_IDS_SQL).all({ ...params, ids: JSON.stringify(opts.ids) })
      : statement(db, MILESTONE_LIST_SQL).all(params)
  ) as (RawRow & { learned_on: string | null })[];
  const notices = noticesById(
    db,
    new Set(rows.flatMap((r) => (r.notice_id === null ? [] : [r.notice_id]))),
  );
  // read once, and only when a row names a record
  let spans: boolean | null = null;
  const withProvince = () => (spans ??= spansProvinces(db));
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
            place: placeName({ ...r, regionText: r.region_text }, { withProvince: withProvince() }),
            regionCode: r.region_code,
            unit: r.unit,
            title: r.r_title,
            programme: r.programme,
          }
        : null,
    notice:
      r.notice_id !== null
        ? (notices.get(r.notice_id) ?? {
            title: null,
            docNo: null,
            issuer: null,
            issuedOn: null,
            file: null,
          })
        : null,
    learnedOn: r.learned_on,
  }));
}

/**
 * The same milestones in the same order, only their dates, status and the day the ledger
 * learned of them: what the home page's counts and bars need, without the names and rule
 * texts of 175,000 duties it never shows.
 */
export function glanceRows(db: Database.Database): MilestoneDateRow[] {
  return statement(db, MILESTONE_DATES_SQL).all({ recordId: null, id: null }) as MilestoneDateRow[];
}
