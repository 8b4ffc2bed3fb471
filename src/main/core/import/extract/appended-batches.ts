/**
 * "第二批名镇名村河源上榜名单：名镇（4个）：A、B…  附：第一批名镇名村河源上榜名单  名镇（1个）：C…":
 * a page that gives its own batch's list and then appends an earlier batch's list under that
 * batch's own title line. The appended units are the earlier batch retold, not entries of the
 * notice: they come back as lists of their own marked with the batch (`retold`), their units
 * mentions of that batch's records, like a group headed by an earlier batch (cited-batches.ts).
 */
import type { ItemDraft, ListDraft } from './drafts';
import type { KeyedText } from './text-key';

/**
 * An appended list's title line naming a batch: short, on its own line, behind 附 / 附件N and
 * ending in 名单 (a colon allowed). A page that sets two batches' lists side by side under their
 * bare titles (第二批…名单 … 第一批…名单) gives both; a sentence naming a batch is no title.
 */
const TITLE_LINE = new RegExp(
  '^附(?:件[0-9一二三四五六七八九十]*)?\\s*[:：]?\\s*' +
    '(首批|第[0-9一二三四五六七八九十]+批)[^。；;，,:：]{0,30}名单\\s*[:：]?$',
);

/** The batch of the last list title line before `at`, as written, with the line's start. */
function titleBefore(doc: KeyedText, at: number): string | null {
  let batch: string | null = null;
  for (const line of doc.lines) {
    if (line.start >= at) break;
    const m = line.trimmed.length <= 40 ? TITLE_LINE.exec(line.trimmed) : null;
    if (m) batch = m[1]!;
  }
  return batch;
}

/**
 * The lists without the items an earlier batch's title line heads, and those items as retold
 * lists; `isEarlier` tells whether a batch as written comes before the notice's own. Only while
 * the notice keeps entries of its own.
 */
export function withoutAppendedEarlierLists(
  doc: KeyedText,
  lists: ListDraft[],
  isEarlier: (batch: string) => boolean,
): { lists: ListDraft[]; retold: ListDraft[] } {
  const retold: ListDraft[] = [];
  const kept = lists.map((list) => {
    const byBatch = new Map<string, ItemDraft[]>();
    for (const it of list.items) {
      const batch = titleBefore(doc, it.start);
      if (batch && isEarlier(batch)) byBatch.set(batch, [...(byBatch.get(batch) ?? []), it]);
    }
    if (byBatch.size === 0) return list;
    const taken = new Set([...byBatch.values()].flat());
    for (const [batch, items] of byBatch)
      retold.push({
        ...list,
        items,
        start: items[0]!.start,
        end: items[items.length - 1]!.end,
        categories: [],
        retold: batch,
      });
    const items = list.items.filter((it) => !taken.has(it));
    return { ...list, items, end: items[items.length - 1]?.end ?? list.end };
  });
  if (retold.length === 0 || !kept.some((l) => l.items.length > 0)) return { lists, retold: [] };
  return { lists: kept.filter((l) => l.items.length > 0), retold };
}
