/**
 * "《擦亮某某品牌 赋能乡村振兴》《探索某某新举措》等10个项目榜上有名": a story naming the projects
 * of a list by their titles only, in book-title marks, no unit or place written. Each title is an
 * entry with no place: the ledger can join it to the one case of that title, and a notice that
 * places nothing makes no record of it. A run of cited documents (《办法》《意见》等3个文件) is
 * no such list: the count must be of projects, cases or results, and a verb must put them on it.
 */
import { parseNumber } from './chinese-numerals';
import type { ItemDraft, ListDraft } from './drafts';
import type { KeyedText } from './text-key';

const TITLE = '《([^《》]{4,40})》';
/** Two titles or more, side by side or joined by 、/和, then their count and what they are. */
const TITLED_RUN = new RegExp(
  `((?:${TITLE}[、和及与]?){2,})\\s*等\\s*([0-9]+|[一二两三四五六七八九十]+)\\s*(?:个|项)\\s*(?:项目|成果|案例|经验|做法)(?=[^。；;]{0,6}?(?:榜上有名|入选|入围|获评|上榜|被评为|被确定为|被认定为))`,
  'g',
);
const ONE_TITLE = new RegExp(TITLE, 'g');

export function detectTitledRuns(
  doc: KeyedText,
  _lookup: unknown,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const lists: ListDraft[] = [];
  for (const line of doc.lines) {
    if (consumed.has(line.index)) continue;
    for (const m of line.key.matchAll(TITLED_RUN)) {
      const runAt = line.start + (m.index ?? 0);
      const titles = [...m[1]!.matchAll(ONE_TITLE)];
      // The count is of the whole list: the titles are as many or its examples.
      if ((parseNumber(m[3] ?? '') ?? 0) < titles.length) continue;
      const items: ItemDraft[] = titles.map((t) => {
        const at = runAt + (t.index ?? 0) + 1;
        const name = doc.text.slice(at, at + t[1]!.length);
        return {
          seq: null,
          start: at,
          end: at + name.length,
          regionText: null,
          title: name.trim(),
          warnings: [],
        };
      });
      lists.push({
        layout: 'sentence',
        items,
        start: items[0]!.start,
        end: items[items.length - 1]!.end,
        lineIndexes: [],
      });
    }
  }
  return lists;
}
