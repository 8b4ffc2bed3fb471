/**
 * What people decide on the duplicates screen besides merging: that records are (or are
 * not) duplicates — "not a duplicate" is never proposed again — and the finder's
 * thresholds. Each is one operation, so 撤销 takes it back like any edit.
 */
import { AppError } from '../../../shared/app-error';
import type { DedupeSettings } from '../../../shared/duplicate-review';
import type { LedgerHandle } from '../../db/ledger';
import { DEDUPE_SETTING_KEYS } from '../../db/queries/duplicates';
import { withOperation } from '../../db/write/with-operation';
import { recordNameById } from '../../db/queries/records';
import { dedupeSettings } from './ledger-dedupe';

/** Records a decision for every pair in a group; a later decision on a pair replaces an earlier one. */
export function decidePairs(
  ledger: LedgerHandle,
  ids: readonly number[],
  decision: 'duplicate' | 'not_duplicate',
): number {
  const unique = [...new Set(ids)].sort((a, b) => a - b);
  const what = decision === 'duplicate' ? '是重复' : '不是重复';
  const summary = `判定记录 ${unique.join('、')} ${what}`;
  return withOperation(ledger, { kind: 'pair_decision', summary }, (tx) => {
    // Named by titles, as merges are: the history and the undo button never show the
    // ledger's internal record numbers, which staff never see.
    const name = (id: number) => recordNameById(tx.db, id);
    const [first, second] = unique;
    if (first !== undefined)
      tx.describe(
        unique.length === 2 && second !== undefined
          ? `判定${name(first)}与${name(second)}${what}`
          : `判定${name(first)}等 ${unique.length} 条记录${what}`,
      );
    let pairs = 0;
    for (let i = 0; i < unique.length; i++) {
      for (let j = i + 1; j < unique.length; j++) {
        tx.put('pair_decisions', {
          record_a: unique[i]!,
          record_b: unique[j]!,
          decision,
          decided_at: tx.now,
        });
        pairs++;
      }
    }
    return pairs;
  });
}

export function saveDedupeSettings(
  ledger: LedgerHandle,
  patch: Partial<DedupeSettings>,
): DedupeSettings {
  if (patch.high !== undefined && patch.low !== undefined && patch.low > patch.high)
    throw new AppError('bad_thresholds', '复核阈值不能高于自动合并阈值');
  const parts = [
    patch.autoMerge !== undefined && `导入时自动合并${patch.autoMerge ? '开' : '关'}`,
    patch.high !== undefined && `自动合并阈值 ${patch.high}`,
    patch.low !== undefined && `复核阈值 ${patch.low}`,
  ].filter(Boolean);
  withOperation(
    ledger,
    { kind: 'dedupe_settings', summary: `查重设置：${parts.join('，')}` },
    (tx) => {
      if (patch.autoMerge !== undefined)
        tx.setSetting(DEDUPE_SETTING_KEYS.autoMerge, String(patch.autoMerge));
      if (patch.high !== undefined) tx.setSetting(DEDUPE_SETTING_KEYS.high, String(patch.high));
      if (patch.low !== undefined) tx.setSetting(DEDUPE_SETTING_KEYS.low, String(patch.low));
    },
  );
  return dedupeSettings(ledger);
}
