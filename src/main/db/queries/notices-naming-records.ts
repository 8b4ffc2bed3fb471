/**
 * Which of these notices name live records (a mention of a record not merged away nor
 * deleted): the schedule puts a notice's one-off duty on its units only where it has some.
 */
import type Database from 'better-sqlite3';
import { statement } from '../write/statements';
import { LIVE } from './live';

export function noticesNamingRecords(
  db: Database.Database,
  noticeIds: readonly number[],
): Set<number> {
  if (noticeIds.length === 0) return new Set();
  const rows = statement(
    db,
    `SELECT DISTINCT m.notice_id AS id FROM mentions m JOIN records r ON r.id = m.record_id
      WHERE m.notice_id IN (SELECT value FROM json_each(?)) AND ${LIVE}`,
  ).all(JSON.stringify(noticeIds)) as { id: number }[];
  return new Set(rows.map((r) => r.id));
}

/** The live records these notices name. */
export function recordsNamedBy(db: Database.Database, noticeIds: readonly number[]): number[] {
  if (noticeIds.length === 0) return [];
  const rows = statement(
    db,
    `SELECT DISTINCT r.id AS id FROM mentions m JOIN records r ON r.id = m.record_id
      WHERE m.notice_id IN (SELECT value FROM json_each(?)) AND ${LIVE}`,
  ).all(JSON.stringify(noticeIds)) as { id: number }[];
  return rows.map((r) => r.id);
}
