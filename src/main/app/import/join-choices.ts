/**
 * The reviewer's word on a later notice's joins, given in the preview before committing:
 * an item joined to the wrong record is re-pointed to the one it names, or detached to
 * become a record of its own. The choice replaces what identity found, and the reason shown
 * afterwards says a person decided it.
 */
import { AppError } from '../../../shared/app-error';
import { RECORD_KIND_LABELS } from '../../../shared/domain';
import type { RecordDraft } from '../../../shared/ledger-drafts';
import type { IdentityMatch } from '../../core/dedupe/identity';
import type { WriteTx } from '../../db/write/write-tx';
import { statement } from '../../db/write/statements';

export const CHOSEN_REASON = '审核人指定关联';

/**
 * Applies the choices to `joins` (by item index); returns the items detached to be new, each
 * with the record identity had joined it to (the one the reviewer refused), or null.
 */
export function applyChoices(
  tx: WriteTx,
  records: readonly RecordDraft[],
  joins: Map<number, IdentityMatch>,
  choices: ReadonlyMap<number, number | null>,
): Map<number, number | null> {
  const detached = new Map<number, number | null>();
  const live = statement(
    tx.db,
    'SELECT kind FROM records WHERE id = ? AND merged_into IS NULL AND deleted_at IS NULL',
  );
  for (const [i, recordId] of choices) {
    const draft = records[i];
    if (!draft) continue; // an item the corrections left out
    if (recordId === null) {
      detached.set(i, joins.get(i)?.id ?? null);
      joins.delete(i);
      continue;
    }
    const target = live.get(recordId) as { kind: string } | undefined;
    if (!target)
      throw new AppError(
        'bad_input',
        `第 ${draft.seq ?? i + 1} 条指定关联的记录已不存在，请重新选择。`,
      );
    if (target.kind !== draft.kind)
      throw new AppError(
        'bad_input',
        `第 ${draft.seq ?? i + 1} 条是${RECORD_KIND_LABELS[draft.kind]}，只能关联到同类记录。`,
      );
    joins.set(i, { id: recordId, reason: CHOSEN_REASON, renamed: false });
  }
  return detached;
}

/**
 * The reviewer's 不关联 is a judgement on one pair: the detached record and the one identity
 * proposed are not the same entity, so the duplicate check never proposes or merges that pair
 * again — while the detached record still meets every other record it may duplicate.
 */
export function keepRefusedApart(tx: WriteTx, refused: ReadonlyMap<number, number>): void {
  for (const [created, proposed] of refused) {
    const [a, b] = created < proposed ? [created, proposed] : [proposed, created];
    tx.put('pair_decisions', {
      record_a: a,
      record_b: b,
      decision: 'not_duplicate',
      decided_at: tx.now,
    });
  }
}
