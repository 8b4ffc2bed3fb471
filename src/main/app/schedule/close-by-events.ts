/**
 * What a status event does to a record's remaining cycle duties: an acceptance closes them
 * (done, the event as the reason), a revocation waives them, a failed review (未通过) closes
 * only the review that took place (and a final report owed for the period alone) — the reports
 * a rule asks for stay owed, and the re-acceptance it leaves is planned with the other duties
 * (core/schedule/re-acceptance.ts). Only duties still pending and unannotated are touched —
 * what a person marked stays theirs — and every regeneration applies it again, so a duty
 * planned after its acceptance was imported is closed too.
 */
import type { ItemGrade, ItemStatus } from '../../../shared/notice-roles';
import { authoritative, decidingEvent, dutyEffect } from '../../core/records/status-events';
import { eventsOf } from '../../db/queries/identity';
import type { WriteTx } from '../../db/write/write-tx';
import { statement } from '../../db/write/statements';
import { storedNoticeNamer } from '../../db/queries/notice-name';
import { dutyNote } from './duty-note';

/**
 * A final report no rule asks for, owed only because the record has a period (its basis the
 * cycle or range itself): what such a report is for is the review, so a review that took place,
 * failed or not, closes it. A report a rule asks for stays owed after a failed review.
 */
const reportOfPeriod = (m: { kind: string; ruleKind: string | null }): boolean =>
  m.kind === 'final_report' && (m.ruleKind === 'cycle' || m.ruleKind === 'range');

/** Closes or waives the pending duties of records whose deciding event ends their cycle. */
export function closeByEvents(tx: WriteTx, recordIds: readonly number[]): number {
  if (recordIds.length === 0) return 0;
  const events = eventsOf(tx.db, recordIds);
  if (events.length === 0) return 0;
  const byRecord = new Map<number, typeof events>();
  for (const e of events) byRecord.set(e.recordId, [...(byRecord.get(e.recordId) ?? []), e]);
  const nameOf = storedNoticeNamer(tx.db);
  const pending = statement(
    tx.db,
    `SELECT m.id, m.kind, ru.kind AS ruleKind FROM milestones m
       LEFT JOIN rules ru ON ru.id = m.rule_id
      WHERE m.record_id = ? AND m.status = 'pending' AND (m.note IS NULL OR m.note = '')
        AND m.kind NOT IN ('approval', 'extension')`,
  );
  let closed = 0;
  for (const [recordId, list] of byRecord) {
    const e = decidingEvent(
      authoritative(
        list.map((x) => ({ ...x, status: x.status as ItemStatus, grade: x.grade as ItemGrade })),
      ),
    );
    const effect = e ? dutyEffect(e.status) : null;
    if (!e || effect === 'moved') continue;
    const what = `${e.status}${e.grade ? `（${e.grade}）` : ''}`;
    const note = dutyNote(what, nameOf(e.noticeId), e.occurredOn);
    for (const m of pending.all(recordId) as {
      id: number;
      kind: string;
      ruleKind: string | null;
    }[]) {
      if (effect === 'failed' && m.kind !== 'acceptance' && !reportOfPeriod(m)) continue;
      const status = effect === 'waived' ? 'waived' : 'done';
      closed += tx.update('milestones', m.id, { status, note, updated_at: tx.now }) > 0 ? 1 : 0;
    }
  }
  return closed;
}
