/**
 * Which of a record's sources may be split off it (拆出为新记录), and why not: the record
 * panel shows the reason beside the source, and the split refuses with the same words.
 */
import type Database from 'better-sqlite3';
import { statement } from '../write/statements';

export interface SplitMentionRow {
  id: number;
  recordId: number;
  originalRecordId: number;
  noticeId: number;
  seq: number | null;
  joined: number;
  extracted: string;
  noticeTitle: string | null;
  noticeFile: string;
  issuedOn: string | null;
  role: string | null;
  sha: string;
}

/** A mention with its notice, as the split reads it. */
export const mentionForSplit = (db: Database.Database, id: number): SplitMentionRow | undefined =>
  statement(
    db,
    `SELECT m.id, m.record_id AS recordId, m.original_record_id AS originalRecordId,
            m.notice_id AS noticeId, m.seq, m.joined, m.extracted, n.title AS noticeTitle,
            n.file AS noticeFile, n.issued_on AS issuedOn, n.role, n.sha256 AS sha
       FROM mentions m JOIN notices n ON n.id = m.notice_id AND n.withdrawn_at IS NULL
      WHERE m.id = ?`,
  ).get(id) as SplitMentionRow | undefined;

/** How many sources (mentions in notices in force) a record has. */
const sourcesOf = (db: Database.Database, recordId: number): number =>
  (
    statement(
      db,
      `SELECT count(*) AS n FROM mentions m JOIN notices n ON n.id = m.notice_id
        WHERE m.record_id = ? AND n.withdrawn_at IS NULL`,
    ).get(recordId) as { n: number }
  ).n;

/**
 * Why this source cannot be split off its record, in words for staff; null when it can.
 * Only a source a later notice joined can go: the record's own first source is what the
 * record is (deleting the record, or splitting the other sources, is the way out), and one a
 * merge brought is taken back by undoing that merge (拆分), which restores its own record.
 */
export function splitBlocker(
  db: Database.Database,
  m: Pick<SplitMentionRow, 'recordId' | 'originalRecordId' | 'joined'>,
): string | null {
  if (sourcesOf(db, m.recordId) < 2)
    return '这条记录只有这一处来源，拆出后原记录就没有来源了；如整条记录有误，请删除它';
  if (m.originalRecordId !== m.recordId)
    return '这处来源是合并带进来的：请在下方“并入的记录”中拆分那次合并';
  if (m.joined === 0) return '这是建立这条记录的来源；如另一处来源关联错了，请拆出那一处';
  return null;
}
