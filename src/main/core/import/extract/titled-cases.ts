/**
 * Cases named by their titles in book-title marks, in one sentence: "此次云南省共入选2个推荐
 * 案例，分别为《昆明市以慈善爱心驿站探索…》和《官渡区群策群力共建美丽和谐院坝》". Each title
 * is an entry; its place is the one the title opens with ("昆明市", "官渡区"), else the unit
 * the sentence names before the titles. A cited document (《关于…的通知》, a plan, rules) is
 * never such a title, and the sentence must say it lists cases (案例, 经验, 做法).
 */
import type { ItemDraft, ListDraft } from './drafts';
import { readPlaces } from './prose-piece';
import type { KeyedText } from './text-key';
import type { RegionLookup } from './types';

/** The words that open the titles, then the first 《. */
const OPENS = /(?:分别为|分别是|包括|依次为|即|为|是)\s*[:：]?\s*(?=《)/g;
/** One title and what joins it to the next. */
const TITLE = /^《([^《》\n]{4,60})》\s*([、，,和及与]|以及)?\s*/;
/** The sentence names what it lists: cases, their experience or practice. */
const CASES = /案例|经验|做法/;
/** What a document's title ends with: such a title is cited, never a case. */
const DOCUMENT =
  /(通知|意见|方案|办法|规定|细则|规划|决定|批复|公告|公示|通报|纲要|要点|计划|指南|条例|法)$/;

export function detectTitledCases(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const lists: ListDraft[] = [];
  for (const line of doc.lines) {
    if (consumed.has(line.index) || !line.key.includes('《')) continue;
    for (const m of line.key.matchAll(OPENS)) {
      const at = (m.index ?? 0) + m[0].length;
      const sentenceStart = Math.max(
        0,
        ...['。', '；', ';'].map((c) => line.key.lastIndexOf(c, m.index ?? 0) + 1),
      );
      const before = line.key.slice(sentenceStart, m.index ?? 0);
      if (!CASES.test(before)) continue;
      const unit = unitBefore(
        line.raw.slice(sentenceStart, m.index ?? 0),
        line.start + sentenceStart,
        lookup,
      );
      const items: ItemDraft[] = [];
      let k = at;
      for (;;) {
        const t = TITLE.exec(line.key.slice(k));
        if (!t) break;
        const key = t[1]!;
        if (DOCUMENT.test(key.trim())) {
          items.length = 0;
          break;
        }
        const title = line.raw.slice(k + 1, k + 1 + key.length).trim();
        const own = lookup.splitPrefix(title, {});
        const regionText = own && own.end >= 2 ? own.regionText : unit;
        if (regionText)
          items.push({
            seq: null,
            start: line.start + k,
            end: line.start + k + key.length + 2,
            regionText,
            title,
            warnings: [],
          });
        k += t[0].length;
        if (!t[2]) break;
      }
      const first = items[0];
      const last = items[items.length - 1];
      if (!first || !last) continue;
      lists.push({ layout: 'sentence', items, start: first.start, end: last.end, lineIndexes: [] });
    }
  }
  return lists;
}

/** The place the sentence names before its titles ("此次官渡区有2个案例入选，分别为…"). */
function unitBefore(text: string, start: number, lookup: RegionLookup): string | null {
  for (const piece of text.split(/[，,]/)) {
    const at = text.indexOf(piece);
    const found = readPlaces({ text: piece, start: start + at }, lookup, { leadIn: true })[0];
    if (found) return found.regionText;
  }
  return null;
}
