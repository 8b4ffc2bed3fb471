/**
 * Merging records, and taking a merge apart again. A merge never deletes: the merged
 * records stay, pointing at the survivor (merged_into); their mentions move to the
 * survivor but keep original_record_id; the survivor's fields and provenance take the
 * chosen values, and its milestones are planned again from all its notices. Every row
 * touched goes through the operation's WriteTx, so undo and redo are exact; an unmerge
 * takes one merge back out of turn and leaves alone any value someone edited since.
 */
import { AppError } from '../../../shared/app-error';
import { MERGE_GROUP_COLUMNS, MERGE_GROUP_NAMES } from '../../../shared/record-fields';
import { chooseSources, type FieldChoices } from '../../core/dedupe/survivor';
import type { LedgerHandle } from '../../db/ledger';
import {
  liveMerges,
  loadMergeCandidates,
  mentionIdsOf,
  provenanceOf,
} from '../../db/queries/merges';
import { recordNameById } from '../../db/queries/records';
import { revertWhereUnchanged } from '../../db/write/revert';
import { withOperation } from '../../db/write/with-operation';
import { closeCreationsByNaming } from '../records/naming-closes';
import { regenerateForRecords } from '../schedule/regenerate';
import { statement } from '../../db/write/statements';

export interface MergeRequest {
  ids: readonly number[];
  survivorId?: number;
  choices?: FieldChoices;
  /** auto: merged at import without asking (自动), else by a person (手工). */
  actor?: 'user' | 'auto';
}

/** Merges records into one as one operation; returns the survivor's id. */
export function mergeRecords(ledger: LedgerHandle, req: MergeRequest): number {
  const ids = [...new Set(req.ids)];
  if (ids.length < 2) throw new AppError('merge_too_few', '至少选择两条记录才能合并');
  const survivorId = req.survivorId ?? Math.min(...ids);
  const auto = req.actor === 'auto';
  const others = ids.filter((id) => id !== survivorId);
  const summary = auto ? '导入时自动合并' : '合并';
  return withOperation(ledger, { kind: 'merge', summary, actor: auto ? 'auto' : 'user' }, (tx) => {
    const db = tx.db;
    const cands = loadMergeCandidates(db, ids);
    const missing = ids.filter((id) => !cands.some((c) => c.id === id && c.live));
    if (missing.length)
      throw new AppError(
        'merge_not_live',
        `所选记录中有 ${missing.length} 条不存在、已删除或已被合并，不能再合并`,
      );
    if (!ids.includes(survivorId))
      throw new AppError('merge_bad_survivor', '保留的记录必须是被合并的记录之一');
    const sources = chooseSources(cands, survivorId, req.choices);
    for (const g of MERGE_GROUP_NAMES) {
      const from = sources[g];
      if (from === survivorId) continue;
      const src = cands.find((c) => c.id === from)!;
      const prov = provenanceOf(db, from);
      const cols = MERGE_GROUP_COLUMNS[g];
      tx.update(
        'records',
        survivorId,
        Object.fromEntries(cols.map((f) => [f, src.values[f] ?? null])),
      );
      for (const f of cols) tx.setProvenance(survivorId, f, prov.get(f) ?? null);
    }
    tx.update('records', survivorId, { updated_at: tx.now });
    // Named by what staff know the kept record by (its values as merged), not by numbers.
    tx.describe(
      `${auto ? '导入时自动合并' : '合并'} ${ids.length} 条记录为${recordNameById(db, survivorId)}`,
    );
    for (const id of others) {
      tx.update('records', id, { merged_into: survivorId, updated_at: tx.now });
      for (const m of mentionIdsOf(db, id)) tx.update('mentions', m, { record_id: survivorId });
    }
    // The survivor now holds every mention, as an import joining them would: a naming among
    // them closes the creation another told (whichever record either came on), in this
    // operation, so undo and unmerge take the closing back with the merge.
    closeCreationsByNaming(tx, [survivorId]);
    regenerateForRecords(tx, [survivorId]);
    return survivorId;
  });
}

/**
 * Takes one merge apart: the merged records come back with their own mentions, and the
 * survivor gets back the values and provenance it had. An operation of its own, so it
 * can be undone and redone like any other.
 */
export function unmerge(ledger: LedgerHandle, mergeOpId: number): number[] {
  const live = liveMerges(ledger.db).find((m) => m.opId === mergeOpId);
  if (!live) throw new AppError('unmerge_not_found', '找不到这次合并，或它已被撤销');
  const ids = [live.survivorId, ...live.mergedIds];
  const summary = `撤销合并：${ids.length} 条记录分开`;
  return withOperation(ledger, { kind: 'unmerge', summary, reverts: mergeOpId }, (tx) => {
    const survivor = statement(tx.db, 'SELECT merged_into FROM records WHERE id = ?').get(
      live.survivorId,
    ) as { merged_into: number | null } | undefined;
    const name = (id: number) => recordNameById(tx.db, id);
    if (survivor?.merged_into != null)
      throw new AppError(
        'unmerge_nested',
        `${name(live.survivorId)}后来又被合并进${name(survivor.merged_into)}，请先撤销那次合并`,
      );
    revertWhereUnchanged(tx, mergeOpId);
    // Named as the merge was, by the kept record's title (as it is once apart), never by the
    // ledger's internal numbers, which staff never see: this is what the undo button says.
    tx.describe(`撤销合并：${name(live.survivorId)}与另 ${ids.length - 1} 条记录分开`);
    regenerateForRecords(tx, ids);
    return ids;
  });
}
