/**
 * A notice confirming or reviewing one batch states its cycle and deadlines (实验周期为三年；
 * 请于…前报送中期评估报告) without repeating the batch: such a rule is the batch's own, read from
 * the list the notice gives, not a rule of every batch of the programme. A rule that names its
 * batch keeps it; a notice listing several batches leaves its unnamed rules programme-wide and
 * says so in the rule, so that nobody reads them as one batch's by mistake.
 */
import { batchesAgree } from '../../dedupe/identity';
import type { ExtractedRecord, NoticeRule } from './types';

/** The one batch every record carries (first as written), null if some carry none, else all of them. */
function batchesOf(records: readonly ExtractedRecord[]): string | string[] | null {
  const written: string[] = [];
  for (const r of records) {
    if (!r.batch) return null;
    if (!written.some((b) => batchesAgree(b, r.batch ?? null))) written.push(r.batch);
  }
  if (written.length === 0) return null;
  return written.length === 1 ? (written[0] ?? null) : written;
}

/** The one programme every record carries, else null. */
function programmeOf(records: readonly ExtractedRecord[]): string | null {
  const first = records[0]?.programme ?? null;
  return first && records.every((r) => r.programme === first) ? first : null;
}

export function rulesInListedBatch(
  rules: readonly NoticeRule[],
  records: readonly ExtractedRecord[],
): NoticeRule[] {
  if (!records.length) return [...rules];
  return rules.map((rule) => {
    const scope = rule.scope;
    if (!scope || scope.batch) return rule;
    // A rule of no programme is the programme of the notice's list, when the list holds one.
    const programme = scope.programme ?? programmeOf(records);
    if (!programme) return rule;
    // The list's records may carry the programme with their place in front (甘肃省…).
    const own = records.filter((r) => r.programme?.endsWith(programme));
    const batches = batchesOf(own);
    if (batches === null)
      return scope.programme ? rule : { ...rule, scope: { ...scope, programme } };
    if (typeof batches === 'string')
      return { ...rule, scope: { ...scope, programme, batch: batches } };
    return {
      ...rule,
      scope: { ...scope, programme },
      params: {
        ...rule.params,
        note: `通知列有${batches.join('、')}，未写明批次的规则适用于整个项目`,
      },
    };
  });
}
