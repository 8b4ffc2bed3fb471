/**
 * Per-item warnings of one kind (masked text, a non-standard or unresolved region) are
 * summarised once per notice with the items' 序号, so a long list does not bury the rest.
 */
import type { NoticeWarning } from '../../../../shared/domain';
import { isPerItemWarning } from '../../../../shared/notice-warnings';

/** Item warnings of one code are also summarised once per notice with their seqs. */
export function mergeWarnings(list: NoticeWarning[]): NoticeWarning[] {
  const out: NoticeWarning[] = [];
  const grouped = new Map<string, { seqs: (number | null)[]; message: string }>();
  for (const w of list) {
    if (!isPerItemWarning(w)) {
      out.push(w);
      continue;
    }
    const g = grouped.get(w.code);
    if (g) {
      g.seqs.push(w.seq ?? null);
      g.message = `${g.message.split('：')[0]}：共${g.seqs.length}项`;
    } else {
      const { seq, ...rest } = w;
      const merged = { ...rest, seqs: [seq ?? null] };
      grouped.set(w.code, merged);
      out.push(merged);
    }
  }
  return out;
}
