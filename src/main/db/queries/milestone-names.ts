/**
 * What names the listed milestones, for 期限's filter box and its timeline's search: the
 * words a row shows (its record's place, unit and title, its programme, its rule's sentence,
 * its notice's title and 文号) without its dates. Read only when a clerk types something;
 * the pages themselves read dates first (milestone-list.ts) and full rows by id.
 */
import type Database from 'better-sqlite3';
import { statement } from '../write/statements';
import { LIVE } from './live';

/** One listed milestone's words (its notice's, read once per notice, in `notices`). */
export interface MilestoneNames {
  id: number;
  kind: string;
  key: string;
  noticeId: number | null;
  ruleText: string | null;
  regionText: string | null;
  /** Its resolved place (province, city, county, town): the words its row shows (place-name.ts). */
  place: string;
  unit: string | null;
  title: string | null;
  programme: string | null;
}

/** The same milestones the list holds (milestone-list.ts `listed`), unordered. */
const LISTED_NAMES_SQL = `SELECT m.id, m.kind, m.key, m.notice_id AS noticeId, ru.text AS ruleText,
              r.region_text AS regionText, r.unit, r.title, r.programme,
              concat_ws('', r.province, r.city, r.county, r.town) AS place
         FROM milestones m
         LEFT JOIN records r ON r.id = m.record_id
         LEFT JOIN rules ru ON ru.id = m.rule_id
        WHERE (m.record_id IS NULL OR (${LIVE}))
          AND (m.record_id IS NOT NULL OR
               (SELECT n.withdrawn_at FROM notices n WHERE n.id = m.notice_id) IS NULL)`;

export function milestoneNames(db: Database.Database): {
  rows: MilestoneNames[];
  notices: Map<number, string>;
} {
  const rows = statement(db, LISTED_NAMES_SQL).all() as MilestoneNames[];
  const ids = [...new Set(rows.flatMap((r) => (r.noticeId === null ? [] : [r.noticeId])))];
  const notices = statement(
    db,
    `SELECT id, concat_ws(' ', title, doc_no, issuer, issued_on, file) AS words
       FROM notices WHERE id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as { id: number; words: string }[];
  return { rows, notices: new Map(notices.map((n) => [n.id, n.words])) };
}

/** A record with listed milestones, as the timeline's search offers it. */
export interface DeadlineZone {
  recordId: number;
  regionText: string | null;
  unit: string | null;
  title: string | null;
  programme: string | null;
  batch: string | null;
}

/**
 * The live records with milestones whose place, unit, title, programme or batch holds `text`
 * (all of them when empty), in the official division order, at most `limit`.
 */
export function deadlineZones(
  db: Database.Database,
  text: string,
  limit: number,
): { zones: DeadlineZone[]; more: boolean } {
  const rows = statement(
    db,
    `SELECT r.id AS recordId, r.region_text AS regionText, r.unit, r.title, r.programme, r.batch
       FROM records r
      WHERE ${LIVE}
        AND EXISTS (SELECT 1 FROM milestones m WHERE m.record_id = r.id)
        AND (@like IS NULL OR instr(concat_ws(' ', r.region_text, r.unit, r.title, r.programme,
                                              r.batch), @like) > 0)
      ORDER BY r.region_code, r.seq, r.id
      LIMIT @limit`,
  ).all({ like: text.trim() || null, limit: limit + 1 }) as DeadlineZone[];
  return { zones: rows.slice(0, limit), more: rows.length > limit };
}

/** The programmes of the records that have milestones, for the bulk form's choice. */
export function deadlineProgrammes(db: Database.Database): string[] {
  return (
    statement(
      db,
      `SELECT DISTINCT r.programme AS p FROM records r
        WHERE ${LIVE} AND r.programme IS NOT NULL AND r.programme <> ''
          AND EXISTS (SELECT 1 FROM milestones m WHERE m.record_id = r.id)
        ORDER BY r.programme`,
    ).all() as { p: string }[]
  ).map((r) => r.p);
}
