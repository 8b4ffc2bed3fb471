/**
 * Per-item warnings of one kind (masked text, a non-standard or unresolved region) are
 * summarised once per notice with the items' 序号, so a long list does not bury the rest.
 */
import type { NoticeWarning } from '../../../../shared/domain';

/** Item warnings of one code are also summarised once per notice with their seqs. */
export function mergeWarnings(list: NoticeWarning[]): NoticeWarning[] {
  const perItem = new Set(['masked_text', 'nonstandard_region', 'region_unresolved']);
  const out: NoticeWarning[] = [];
  const grouped = new Map<string, NoticeWarning>();
  for (const w of list) {
    if (!perItem.has(w.code)) {
      out.push(w);
      continue;
    }
    const g = grouped.get(w.code);
    if (g) {
      (g.seqs as (number | null)[]).push((w.seq as number | null) ?? null);
      g.message = `${g.message.split('：')[0]}：共${(g.seqs as unknown[]).length}项`;
    } else {
      const merged: NoticeWarning = { ...w, seqs: [(w.seq as number | null) ?? null] };
      delete merged.seq;
      grouped.set(w.code, merged);
      out.push(merged);
    }
  }
  return out;
}
