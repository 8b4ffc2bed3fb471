/**
 * A list set out one entry a line under headings that count their own group, each heading a
 * line of its own ("潮州市特级文化站(8个)" over eight lines, "…二级文化站(16个)" over sixteen):
 * the heading's count is the number of entries below it, up to the next such heading or the
 * list's end. A group that gives fewer (a copy cut inside it) has lost entries, and says so.
 * (A heading with its names on the same line, "山东省（74个）：…", is line-group-counts.ts'.)
 */
import type { NoticeWarning } from '../../../../shared/domain';
import { parseNumber } from './chinese-numerals';
import type { ListDraft } from './drafts';

const HEADING =
  /(^|\n)[^\S\n]*([^\n(（:：，,。、]{2,20}?)\s*[(（]\s*共?\s*([0-9]+|[一二两三四五六七八九十百]+)\s*个\s*[)）][^\S\n]*(?=\n)/g;

export function headedGroupCounts(list: ListDraft, docKey: string): NoticeWarning[] {
  if ((list.categories ?? []).some((c) => c.stated !== null)) return [];
  const heads = [...docKey.slice(0, list.end).matchAll(HEADING)].map((m) => ({
    name: (m[2] ?? '').trim(),
    stated: parseNumber(m[3] ?? ''),
    end: (m.index ?? 0) + m[0].length,
  }));
  const out: NoticeWarning[] = [];
  heads.forEach((head, i) => {
    const until = heads[i + 1] ? heads[i + 1]!.end : list.end + 1;
    // Only headings inside the list or right above its first entry count its groups.
    if (head.end < list.start - 40 || head.stated === null) return;
    const found = list.items.filter((it) => it.start > head.end && it.start < until).length;
    if (found === 0 || found >= head.stated) return;
    out.push({
      code: 'count_mismatch',
      message: `“${head.name}”注明${head.stated}个，实际列出${found}个`,
      category: head.name,
      stated: head.stated,
      found,
    });
  });
  return out;
}
