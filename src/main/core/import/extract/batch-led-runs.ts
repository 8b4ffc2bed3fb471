/**
 * "…第二批…名单公布，其中河南有4地入选，分别是A、B、C和D。第一批河南共有5个入选，其中包括E、F…":
 * a run whose own sentence opens on an earlier batch than the notice's and then introduces the
 * run (其中包括, 分别是) retells that batch's units. Like a group headed by an earlier batch
 * (cited-batches.ts), the run is no entry of the notice: it comes back as a list of its own marked
 * with the batch it retells, its units mentions of that batch's records.
 */
import type { ListDraft } from './drafts';
import type { KeyedText } from './text-key';

/**
 * The sentence's words before the run: the batch opening it, its units' entering the list, and
 * the words that introduce the run, nothing else after them. The batch must open the sentence
 * and stand alone: one the page's own units are told after or against ("继第一批之后我省又有2地
 * 入选", "比第一批多2地入选") or a total of it with a later one ("第一批和第二批共有…") leaves the
 * run the page's.
 */
const LED = new RegExp(
  '^\\s*(?:此前|此外|其中|而|在)?(首批|第[0-9一二三四五六七八九十]+批)' +
    '(?:(?![和及与、至]第|之后|以后|以来|相比|累计|新增)[^。；;，,]){0,16}?' +
    '(?:入选|入围|上榜|获评|获批)[^。；;]{0,4}?[，,]' +
    '\\s*(?:其中)?(?:包括|有|分别是|分别为)[：:，,]?\\s*$',
);
/**
 * "据悉，在前两批…名单中，山西共占3席，分别为A、B、C": the batches before the notice's own,
 * counted from the first (前两批, 前三批), retell their units all together. Which batch each
 * unit was of the sentence does not say: the run comes back marked with those words, its units
 * mentions of whichever batch's record holds them (retold-batches.ts).
 */
const PRIOR = new RegExp(
  '^\\s*(?:据悉|据了解|此外|此前|目前|其中)?[，,]?\\s*(?:在|从)?' +
    '(前[两二三四五六七八九几]批)[^。；;，,]{0,24}?[，,]' +
    '[^。；;]{0,16}?(?:分别是|分别为|包括)[：:，,]?\\s*$',
);
/**
 * "其中，在2月公布的首批某某名录中(共计262个)，云南占据A、B…6个名额": the run the page's own
 * place holds in an earlier batch's list, told by that list (在…首批…名录中) before the place and
 * its verb; the same words about the notice's own batch leave the run the page's.
 */
const IN_LIST = new RegExp(
  '^\\s*(?:其中|此前|此外|而)?[，,]?\\s*在[^。；;，,]{0,20}?(首批|第[0-9一二三四五六七八九十]+批)' +
    '[^。；;，,]{0,30}?(?:名单|名录)中\\s*(?:\\([^()]{0,12}\\))?[，,]\\s*' +
    '[\\u4e00-\\u9fff]{0,6}?(?:占据|共有|有|入选了?|包括)[：:]?\\s*' +
    // The run's first units may be read apart (one is also named in a tally before it).
    '(?:[^。；;，,、]{1,24}、)*$',
);
const SENTENCE_END = /[。；;！!？?\n]/;

/**
 * The lists without the runs an earlier batch's sentence introduces, and those runs as retold
 * lists; `isEarlier` tells whether a batch as written comes before the notice's own.
 */
export function withoutBatchLedRuns(
  doc: KeyedText,
  lists: ListDraft[],
  isEarlier: (batch: string) => boolean,
): { lists: ListDraft[]; retold: ListDraft[] } {
  const retold: ListDraft[] = [];
  const kept = lists.map((list) => {
    const taken = new Set<number>();
    list.items.forEach((it, i) => {
      if (taken.has(i)) return;
      const before = sentenceBefore(doc.key, it.start);
      const led = LED.exec(before) ?? IN_LIST.exec(before);
      const m = led && isEarlier(led[1]!) ? led : PRIOR.exec(before);
      if (!m) return;
      const end = sentenceEnd(doc.key, it.start);
      const run = list.items.map((x, j) => j).filter((j) => j >= i && list.items[j]!.start < end);
      run.forEach((j) => taken.add(j));
      const items = run.map((j) => list.items[j]!);
      retold.push({
        ...list,
        items,
        start: items[0]!.start,
        end: items[items.length - 1]!.end,
        categories: [],
        retold: m[1]!,
      });
    });
    if (taken.size === 0) return list;
    const items = list.items.filter((_, i) => !taken.has(i));
    return { ...list, items, end: items[items.length - 1]?.end ?? list.end };
  });
  // Only while the notice keeps entries of its own.
  if (retold.length === 0 || !kept.some((l) => l.items.length > 0)) return { lists, retold: [] };
  return { lists: kept.filter((l) => l.items.length > 0), retold };
}

function sentenceBefore(key: string, at: number): string {
  let from = at;
  while (from > 0 && !SENTENCE_END.test(key[from - 1]!)) from--;
  return key.slice(from, at);
}

function sentenceEnd(key: string, at: number): number {
  const m = SENTENCE_END.exec(key.slice(at));
  return m ? at + m.index : key.length;
}
