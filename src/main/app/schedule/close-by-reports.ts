/**
 * A mid-term assessment that names a record is that record's mid-term check: the midterm
 * duty its rule planned is done, the report as the reason, whatever grade it gave (a grade
 * such as 较差 asks for rectification, not for another mid-term). Only duties still pending
 * and unannotated are touched, as for status events, and every regeneration applies it again.
 */
import type { WriteTx } from '../../db/write/write-tx';
import { statement } from '../../db/write/statements';
import { storedNoticeNamer } from '../../db/queries/notice-name';
import { dutyNote } from './duty-note';

export function closeByMidtermReports(tx: WriteTx, recordIds: readonly number[]): number {
  if (recordIds.length === 0) return 0;
  // One read for all the records (an import regenerates a notice's thirty at once); each
  // record's duties are then closed in the records' order, as a read per record did.
  const due = statement(
    tx.db,
    `SELECT m.record_id AS recordId, m.id, n.id AS noticeId, n.issued_on FROM milestones m
       JOIN rules r ON r.id = m.rule_id
       JOIN notices n ON n.id = r.notice_id
      WHERE m.record_id IN (SELECT value FROM json_each(?)) AND m.kind = 'midterm'
        AND m.status = 'pending' AND (m.note IS NULL OR m.note = '')
        AND n.role = 'progress_report' AND n.withdrawn_at IS NULL
        AND EXISTS (SELECT 1 FROM mentions x WHERE x.record_id = m.record_id AND x.notice_id = n.id)
      ORDER BY m.record_id, m.id`,
  ).all(JSON.stringify(recordIds)) as {
    recordId: number;
    id: number;
    noticeId: number;
    issued_on: string | null;
  }[];
  if (due.length === 0) return 0;
  const byRecord = new Map<number, typeof due>();
  for (const m of due) byRecord.set(m.recordId, [...(byRecord.get(m.recordId) ?? []), m]);
  const nameOf = storedNoticeNamer(tx.db);
  let closed = 0;
  for (const id of new Set(recordIds)) {
    for (const m of byRecord.get(id) ?? []) {
      const note = dutyNote('中期评估', nameOf(m.noticeId), m.issued_on);
      closed +=
        tx.update('milestones', m.id, { status: 'done', note, updated_at: tx.now }) > 0 ? 1 : 0;
    }
  }
  return closed;
}
