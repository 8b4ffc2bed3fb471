/**
 * After a split (拆出为新记录, 改关联到…), the record left is what importing the sources it
 * keeps, in order, would give. Taking back the split source's fields (mention-takeback.ts)
 * gives each the value from before that source joined; a source that joined after it and lost
 * those fields to it is weighed again on them, in import order, by the same rule an import uses
 * (weighFields): with the split source gone, its word may now count. Only the fields taken
 * back are weighed: every other field already holds what those later sources made of it.
 */
import type { RecordDraft } from '../../../shared/ledger-drafts';
import { statement } from '../../db/write/statements';
import type { WriteTx } from '../../db/write/write-tx';
import { RETOLD_REASON } from '../import/retold-reason';
import {
  MOVED_REASON,
  placeOf,
  valuesOf,
  weighStored,
  type RecordBase,
  type WeighedMention,
} from './mention-values';

interface LaterMention extends WeighedMention {
  reason: string | null;
}

/**
 * The record's sources that a later notice joined after `afterId`, in import order: not the
 * record's own, not one a merge brought (the person chose its values), not a retelling of an
 * earlier batch (it never weighed anything), only notices in force.
 */
const laterSources = (tx: WriteTx, recordId: number, afterId: number) =>
  statement(
    tx.db,
    `SELECT m.id, m.notice_id AS noticeId, m.seq, m.extracted, m.reason,
            n.issued_on AS issuedOn, n.role, n.sha256 AS sha
       FROM mentions m JOIN notices n ON n.id = m.notice_id AND n.withdrawn_at IS NULL
      WHERE m.record_id = ? AND m.original_record_id = m.record_id AND m.joined = 1
        AND m.id > ?
      ORDER BY m.id`,
  ).all(recordId, afterId) as LaterMention[];

/** Weighs the record's later sources again on `fields`, the ones the split source gave back. */
export function reweighLeft(
  tx: WriteTx,
  recordId: number,
  splitId: number,
  fields: readonly string[],
): void {
  const only = new Set(fields);
  if (only.size === 0) return;
  for (const m of laterSources(tx, recordId, splitId)) {
    if (m.reason?.startsWith(RETOLD_REASON)) continue;
    const base = statement(
      tx.db,
      'SELECT kind, programme, year, batch, province FROM records WHERE id = ?',
    ).get(recordId) as RecordBase & { kind: RecordDraft['kind'] };
    const values = valuesOf(m, base);
    // A source a person moved here is about this record: its line's place never moves it.
    const drafted = m.reason === MOVED_REASON ? { ...values, ...placeOf(tx, recordId) } : values;
    weighStored(tx, recordId, m, base.kind, drafted, only);
  }
}
