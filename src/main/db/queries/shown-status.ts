/**
 * The status staff see for a record, as one SQL expression over `records r`: what a person
 * or a notice wrote, else what the record's milestones say (a zone 实验中 / 待验收 / 已验收 /
 * 已延期 / 已终止, a case or other entry 已公布, an observation point 已确认). The grid, the
 * record panel, the 状态 facet and column filter, quick search and the home page all read it,
 * so a zone the grid shows as 待验收 is counted, found and filtered as 待验收 everywhere. It is
 * the SQL form of core/export/record-status.ts (which the workbook uses); a test holds the two equal.
 */
import type Database from 'better-sqlite3';

const milestone = (where: string) =>
  `EXISTS (SELECT 1 FROM milestones m WHERE m.record_id = r.id AND ${where})`;

/** A duty: every milestone but the approval itself. */
const DUTY = `m.kind != 'approval'`;

/**
 * Today in China (UTC+8, no daylight saving), as core/schedule's todayInChina gives it: the
 * day a status is read on unless one is given.
 */
export const CHINA_TODAY_SQL = `date('now', '+8 hours')`;

/** `asOf`: SQL giving the day the status is read on (YYYY-MM-DD): a parameter, or CHINA_TODAY_SQL. */
export function shownStatusSql(asOf: string): string {
  return `(CASE
    WHEN trim(coalesce(r.status, '')) != '' THEN trim(r.status)
    WHEN r.kind = 'observation' THEN '已确认'
    WHEN r.kind != 'zone' THEN '已公布'
    WHEN ${milestone(`m.kind = 'acceptance' AND m.status = 'done'`)} THEN '已验收'
    WHEN ${milestone(`${DUTY} AND m.status = 'waived'`)}
     AND NOT ${milestone(`${DUTY} AND m.status NOT IN ('waived', 'done')`)} THEN '已终止'
    WHEN ${milestone(`m.kind = 'extension'`)} THEN '已延期'
    WHEN (SELECT coalesce(m.end_on, m.due_on) FROM milestones m
           WHERE m.record_id = r.id AND m.kind = 'final_report' ORDER BY m.id LIMIT 1) < ${asOf}
      THEN '待验收'
    ELSE '实验中' END)`;
}

/** The shown status of each record, by id (live or not). */
export function shownStatuses(
  db: Database.Database,
  ids: readonly number[],
  asOf: string,
): Map<number, string> {
  if (ids.length === 0) return new Map();
  const rows = db
    .prepare(
      `SELECT r.id, ${shownStatusSql('@asOf')} AS status FROM records r
        WHERE r.id IN (SELECT value FROM json_each(@ids))`,
    )
    .all({ ids: JSON.stringify(ids), asOf }) as { id: number; status: string }[];
  return new Map(rows.map((r) => [r.id, r.status]));
}
