/**
 * Cases named by their titles in book-title marks, in one sentence: "此次云南省共入选2个推荐
 * 案例，分别为《昆明市以慈善爱心驿站探索…》和《官渡区群策群力共建美丽和谐院坝》". Each title
 * is an entry; its place is the one the title opens with ("昆明市", "官渡区"), else the unit
 * the sentence names before the titles. A cited document (《关于…的通知》, a plan, rules) is
 * never such a title, and the sentence must say it lists cases (案例, 经验, 做法).
 * A sentence may also open with its titles and say after them that they were chosen
 * ("2023年，《某区…》入选全国…推荐案例"): the same entries, the sentence's cases word after
 * the verb.
 */
import { sentenceList, type ItemDraft, type ListDraft } from './drafts';
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

/** A selection verb right after a sentence's opening titles. */
const CHOSEN = /^\s*(?:成功|正式|已|均|先后)?(?:入选|获评|被评为|被确定为|被列为|列入)/;

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
      const list = sentenceList(items);
      if (list) lists.push(list);
    }
    lists.push(...titlesChosen(line, lookup));
  }
  return lists;
}

/**
 * Titles that open a sentence (after at most a date or a short lead-in, no other title before
 * them in it) and are followed by a selection verb and a cases word in the same sentence. Each
 * title must open with its own place: with nothing else in the sentence to place it, an
 * unplaced title is no entry.
 */
function titlesChosen(line: KeyedText['lines'][number], lookup: RegionLookup): ListDraft[] {
  const out: ListDraft[] = [];
  const sentences = line.key.split(/(?<=[。；;！？])/);
  let base = 0;
  for (const sentence of sentences) {
    const open = sentence.indexOf('《');
    const lead = open < 0 ? '' : sentence.slice(0, open);
    if (open >= 0 && lead.length <= 12) {
      const items: ItemDraft[] = [];
      let k = open;
      let rest = '';
      for (;;) {
        const t = TITLE.exec(sentence.slice(k));
        if (!t) break;
        const key = t[1]!;
        if (DOCUMENT.test(key.trim())) {
          items.length = 0;
          break;
        }
        const at = base + k;
        const title = line.raw.slice(at + 1, at + 1 + key.length).trim();
        const own = lookup.splitPrefix(title, {});
        if (!own || own.end < 2) {
          items.length = 0;
          break;
        }
        items.push({
          seq: null,
          start: line.start + at,
          end: line.start + at + key.length + 2,
          regionText: own.regionText,
          title,
          warnings: [],
        });
        k += t[0].length;
        rest = sentence.slice(k);
        if (!t[2]) break;
      }
      const chosen = CHOSEN.exec(rest);
      const list = chosen && CASES.test(rest.slice(chosen[0].length)) ? sentenceList(items) : null;
      if (list) out.push(list);
    }
    base += sentence.length;
  }
  return out;
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
