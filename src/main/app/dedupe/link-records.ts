/**
 * Linking records by hand from the grid (关联所选): every pair of the chosen records gets
 * the relation, both records stay. One operation, so 撤销 takes every link back at once.
 * Linking a pair once taken apart (解除关联) takes that refusal back: the person changed
 * their mind, and the import's linker may keep the pair linked again.
 */
import { AppError } from '../../../shared/app-error';
import { LINK_RELATION_LABELS, type LinkRelation } from '../../../shared/record-links';
import type { LedgerHandle } from '../../db/ledger';
import { linkId, refusalRows } from '../../db/queries/links';
import { loadMergeCandidates } from '../../db/queries/merges';
import { withOperation } from '../../db/write/with-operation';

/** Links each pair of the records with the relation; returns how many links are new. */
export function linkRecords(
  ledger: LedgerHandle,
  ids: readonly number[],
  relation: LinkRelation,
): number {
  const unique = [...new Set(ids)].sort((a, b) => a - b);
  if (unique.length < 2) throw new AppError('link_too_few', '至少选择两条记录才能关联');
  const label = LINK_RELATION_LABELS[relation];
  const summary = `关联 ${unique.length} 条记录：${label}`;
  return withOperation(ledger, { kind: 'link', summary }, (tx) => {
    const live = new Set(
      loadMergeCandidates(tx.db, unique)
        .filter((c) => c.live)
        .map((c) => c.id),
    );
    const gone = unique.filter((id) => !live.has(id));
    if (gone.length > 0)
      throw new AppError(
        'link_not_live',
        `有 ${gone.length} 条记录已删除或已并入其他记录，不能关联`,
      );
    let n = 0;
    const refusals = refusalRows(tx.db);
    for (let i = 0; i < unique.length; i++) {
      for (let j = i + 1; j < unique.length; j++) {
        const [a, b] = [unique[i]!, unique[j]!];
        // Where the pair was refused before a merge, the refusal names the merged-away id.
        for (const key of refusals(a, b)) tx.drop('link_refusals', key);
        if (linkId(tx.db, a, b, relation) !== null) continue;
        tx.insert('record_links', { record_a: a, record_b: b, relation, score: 1, source: 'user' });
        n++;
      }
    }
    return n;
  });
}
