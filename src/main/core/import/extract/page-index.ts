/**
 * A page's index of its items: an e-paper's 版面 lists every headline on its page, a site's
 * sidebar or 相关新闻 block lists other stories, and either may list the story shown too. Saved
 * whole, the index reads like a list of place-led lines ("惠济区长兴路街道 平安建设进社区"), but
 * each line is another item's headline, no unit of the notice. What tells such a run from a
 * notice's own list is that the notice's own headline is one of its lines while the headline
 * stands again over the story itself, below the run: a notice never lists its own title among
 * its entries. A list after the headline's last writing is the story's own, whatever repeats it
 * above (a page's headline, its date line, the headline again, then the list).
 */
import type { ListDraft } from './drafts';
import { toKey, type KeyedText } from './text-key';

/** A headline's words, whatever its spacing and marks ("评选“最美楼栋”" and "评选 最美楼栋"). */
const words = (line: string): string => toKey(line).replace(/[^\u3400-\u9fff0-9A-Za-z]/g, '');

/** The fewest lines an index of a page's items runs to (the story's and three others). */
const INDEX_LINES = 4;

/**
 * A line an index sets a headline on: short, no sentence in it, nor a clause leading into what
 * follows ("…名单如下：", "…，").
 */
const HEADLINE_LINE = /^[^。；;]{2,40}(?<![：:，,、])$/;

/** A sentence of the story (a page's menus and bylines have none). */
const SENTENCE = /[。；;！？]|[：:，,、]$/;

export function withoutPageIndexes(
  doc: KeyedText,
  lists: ListDraft[],
  title: string | null,
): ListDraft[] {
  const headline = title ? words(title) : '';
  if (headline.length < 6) return lists;
  const at = doc.lines.filter((l) => words(l.trimmed) === headline).map((l) => l.index);
  // The headline written once is the story's own: no index repeats it.
  if (at.length < 2) return lists;
  const isHeadline = (i: number): boolean => HEADLINE_LINE.test(doc.lines[i]?.trimmed ?? '');
  return lists.filter((list) => {
    const top = doc.lines.find((l) => l.end >= list.start)?.index ?? 0;
    // The story's own headline is the last time it is written; a list after it is the story's.
    const own = at[at.length - 1]!;
    if (top > own) return true;
    let first = top;
    let last = doc.lines.find((l) => l.end >= list.end)?.index ?? first;
    // An index is headlines only: a list in a sentence, or in lines of prose, is no index.
    for (let i = first; i <= last; i++) if (!isHeadline(i)) return true;
    // The run of headline lines the list's lines stand in.
    while (first > 0 && isHeadline(first - 1)) first--;
    while (last + 1 < doc.lines.length && isHeadline(last + 1)) last++;
    if (last - first + 1 < INDEX_LINES) return true;
    // The story already begun above the run (its headline, then a sentence): the headline
    // written again among the list is the page's running head, the list the story's.
    const begun = at.some(
      (a) => a < first && doc.lines.slice(a + 1, first).some((l) => SENTENCE.test(l.trimmed)),
    );
    if (begun) return true;
    // The headline once among the index's lines, not at its head (a page's title over its
    // list). Written at the run's head or more than once in it, it is the title over its list
    // printed again at the head of each page: an index names each of its items once.
    const inRun = at.filter((i) => i !== own && i >= first && i <= last);
    return !(inRun.length === 1 && inRun[0]! > first);
  });
}
