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

/** Applies the choices to `joins` (by item index); returns the items detached to be new. */
export function applyChoices(
  tx: WriteTx,
  records: readonly RecordDraft[],
  joins: Map<number, IdentityMatch>,
  choices: ReadonlyMap<number, number | null>,
): Set<number> {
  const detached = new Set<number>();
  const live = statement(
    tx.db,
    'SELECT kind FROM records WHERE id = ? AND merged_into IS NULL AND deleted_at IS NULL',
  );
  for (const [i, recordId] of choices) {
    const draft = records[i];
    if (!draft) continue; // an item the corrections left out
    if (recordId === null) {
      joins.delete(i);
      detached.add(i);
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
