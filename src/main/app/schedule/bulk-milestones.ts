/**
 * Completing or waiving many deadlines at once — a selection, one zone, a programme, a
 * batch, or everything due before a date — as ONE operation (one 撤销 takes it all back).
 * Only duties still pending are touched; what is already done or waived keeps its note.
 */
import { AppError } from '../../../shared/app-error';
import type { LedgerHandle } from '../../db/ledger';
import { withOperation } from '../../db/write/with-operation';
import { recordNameById } from '../../db/queries/records';

export interface BulkMilestones {
  status: 'done' | 'waived';
  note?: string | null;
  ids?: readonly number[];
  recordId?: number;
  programme?: string;
  batch?: string;
  /** Due on or before this date. */
  dueBefore?: string;
}

const LABEL = { done: '完成', waived: '免除' } as const;

function describe(ledger: LedgerHandle, q: BulkMilestones): string {
  const parts: string[] = [];
  if (q.ids) parts.push(`选中的 ${q.ids.length} 项`);
  if (q.programme) parts.push(q.programme);
  if (q.batch) parts.push(q.batch);
  if (q.recordId) parts.push(recordNameById(ledger.db, q.recordId));
  if (q.dueBefore) parts.push(`${q.dueBefore} 前到期`);
  return parts.join('、');
}

export function bulkMilestones(ledger: LedgerHandle, q: BulkMilestones): { changed: number } {
  if (!q.ids && !q.recordId && !q.programme && !q.batch && !q.dueBefore)
    throw new AppError('bad_input', '请指定要批量处理的期限：选中项、记录、项目、批次或截止日期。');
  const rows = ledger.db
    .prepare(
      `SELECT m.id FROM milestones m LEFT JOIN records r ON r.id = m.record_id
        WHERE m.status = 'pending'
          AND (@ids IS NULL OR m.id IN (SELECT value FROM json_each(@ids)))
          AND (@recordId IS NULL OR m.record_id = @recordId)
          AND (@programme IS NULL OR r.programme = @programme)
          AND (@batch IS NULL OR r.batch = @batch)
          AND (@dueBefore IS NULL OR m.due_on <= @dueBefore)
          AND (m.record_id IS NULL OR (r.merged_into IS NULL AND r.deleted_at IS NULL))
        ORDER BY m.id`,
    )
    .all({
      ids: q.ids ? JSON.stringify(q.ids) : null,
      recordId: q.recordId ?? null,
      programme: q.programme ?? null,
      batch: q.batch ?? null,
      dueBefore: q.dueBefore ?? null,
    }) as { id: number }[];
  if (rows.length === 0) return { changed: 0 };
  const note = q.note?.trim() || null;
  const summary = `批量${LABEL[q.status]} ${rows.length} 项期限（${describe(ledger, q)}）`;
  return withOperation(ledger, { kind: 'milestone_bulk', summary }, (tx) => {
    let changed = 0;
    for (const r of rows)
      changed +=
        tx.update('milestones', r.id, {
          status: q.status,
          ...(note ? { note } : {}),
          updated_at: tx.now,
        }) > 0
          ? 1
          : 0;
    return { changed };
  });
}
