/**
 * "…公布了第四批…名单，我省有2镇19村上榜，加上此前的三批共有8镇25村入选" over a table whose
 * first column is the batch (第一批（2013年11月21日） | 类别 | 名单): a directory of every batch
 * the province holds, of which only the batch the notice opens on is its news. A row whose
 * batch cell names an earlier batch retells that batch's units: like a group headed by an
 * earlier batch (cited-batches.ts), they are no entries of the notice but come back as a list
 * of their own marked with the batch, their units mentions of that batch's records.
 */
import type { ItemDraft, ListDraft } from './drafts';
import type { KeyedText } from './text-key';

/** The row's first cell is a batch, alone or with its date in brackets, nothing more. */
const BATCH_CELL =
  /^\s*(首批|第[0-9一二三四五六七八九十]+批)\s*(?:[（(][^）)\t\n]{0,20}[）)])?\s*\t/;

/** The batch the row holding `at` opens on, when it is a table row led by a batch cell. */
function rowBatch(key: string, at: number): string | null {
  const from = key.lastIndexOf('\n', at - 1) + 1;
  const to = key.indexOf('\n', at);
  return BATCH_CELL.exec(key.slice(from, to < 0 ? key.length : to))?.[1] ?? null;
}

/**
 * The lists without the rows an earlier batch's cell leads, and those rows as retold lists,
 * one per batch; `isEarlier` tells whether a batch as written comes before the list's own.
 * Only while the notice keeps entries of its own.
 */
export function withoutEarlierBatchRows(
  doc: KeyedText,
  lists: ListDraft[],
  isEarlier: (batch: string, list: ListDraft) => boolean,
): { lists: ListDraft[]; retold: ListDraft[] } {
  const retold: ListDraft[] = [];
  const kept = lists.map((list) => {
    const byBatch = new Map<string, ItemDraft[]>();
    const items = list.items.filter((it) => {
      const batch = rowBatch(doc.key, it.start);
      if (batch === null || !isEarlier(batch, list)) return true;
      byBatch.set(batch, [...(byBatch.get(batch) ?? []), it]);
      return false;
    });
    for (const [batch, run] of byBatch)
      retold.push({
        ...list,
        items: run,
        start: run[0]!.start,
        end: run[run.length - 1]!.end,
        categories: [],
        retold: batch,
      });
    if (items.length === list.items.length) return list;
    return { ...list, items, end: items[items.length - 1]?.end ?? list.end };
  });
  if (retold.length === 0 || !kept.some((l) => l.items.length > 0)) return { lists, retold: [] };
  return { lists: kept.filter((l) => l.items.length > 0), retold };
}
