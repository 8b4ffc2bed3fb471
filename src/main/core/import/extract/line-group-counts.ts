/**
 * A list in prose written one group a line, each line opening with its group's name and,
 * for some, the group's own count ("山东省（74个）：曲阜市、邹城市、…"): the count is the
 * number of names on that line. A line that gives fewer (a copy cut inside it) has lost
 * entries, and says so, as a table's category with its count does.
 */
import type { NoticeWarning } from '../../../../shared/domain';
import { parseNumber } from './chinese-numerals';
import type { ListDraft } from './drafts';

const GROUP_HEAD =
  /(^|\n)[^\S\n]*([^\n(（:：]{1,12}?)\s*[(（]\s*共?\s*([0-9]+|[一二两三四五六七八九十百]+)\s*个\s*[)）]\s*[:：]([^\n]*)/g;

export function lineGroupCounts(list: ListDraft, docKey: string): NoticeWarning[] {
  if (list.layout !== 'sentence' || (list.categories ?? []).some((c) => c.stated !== null))
    return [];
  const out: NoticeWarning[] = [];
  const span = docKey.slice(0, list.end);
  for (const m of span.matchAll(GROUP_HEAD)) {
    const lineStart = (m.index ?? 0) + (m[1] ?? '').length;
    const lineEnd = (m.index ?? 0) + m[0].length;
    if (lineEnd <= list.start) continue;
    const stated = parseNumber(m[3] ?? '');
    const found = list.items.filter((it) => it.start >= lineStart && it.start < lineEnd).length;
    if (stated === null || found === 0 || found >= stated) continue;
    const name = (m[2] ?? '').trim();
    out.push({
      code: 'count_mismatch',
      message: `“${name}”注明${stated}个，实际列出${found}个`,
      category: name,
      stated,
      found,
    });
  }
  return out;
}
