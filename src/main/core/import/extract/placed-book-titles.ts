/**
 * "甲社区社工点案例《…》获得一等奖；乙社区社工点的《…》和丙社区的《…》获得二等奖", "某街道《…》等
 * 11篇案例获评…": a case or work named in book-title marks right after the place it belongs to,
 * in a sentence whose verb honours it. Each is an entry: the place as written, the title the
 * marked text. Between the place and the marks may stand the point, station or team that runs
 * it, the kind word (案例, 项目, 作品) and 的. The title must be what the verb honours: the verb or
 * prize right after the marks, one example before 等N篇/个/项 and the verb, or the join to the
 * next title of a sentence the verb ends. The sentence must call its titles cases, projects or
 * works (案例, 项目, 作品): a play, book or plan after its place (某县《…》荣获优秀剧目奖) is
 * none. A cited document (《关于…》, 《…办法》), a place that is only the speaker (我市《…》) and
 * a title with no honouring verb (某社区《…》在晚会上演出) are none.
 */
import { namesDocument } from './book-title-tail';
import { sentenceList, type ItemDraft, type ListDraft } from './drafts';
import { HONOUR, PRIZE_VERB, placeBefore } from './placed-quotes';
import type { KeyedText } from './text-key';
import type { RegionLookup } from './types';

const BOOK_TITLE = /《([^《》\n]{2,60})》/g;
/** What may stand between the place and the marks: its runner, the kind word, 的. */
const BETWEEN = /^(?:[\u4e00-\u9fff]{0,8}?(?:队|团|会|中心|站|点))?(?:案例|项目|作品)?的?$/;
/** The honouring verb right after the marks ("《…》荣获二等奖", "《…》被评为优秀案例"). */
const VERB_AFTER = new RegExp(`^(?:${HONOUR.source})`);
/** One example before a count of its kind and the verb ("《…》等11篇案例获评…"). */
const EXAMPLE_AFTER = new RegExp(
  `^等\\s*(?:[0-9]+|[一二两三四五六七八九十百]+)\\s*(?:篇|个|项|件)[\\u4e00-\\u9fff]{0,10}?(?:${HONOUR.source})`,
);
/**
 * The word saying the sentence's titles are cases ("案例《…》", "等11篇案例", "优秀案例"): without
 * it a title after a place is a play, book, film or plan (某县《…》荣获优秀剧目奖), no case.
 */
const CASE_WORD = /案例|项目|作品/;
/** The join to the next title of the same sentence. */
const JOIN_AFTER = /^\s*(?:[、和及与]|以及)/;

/** Whether the words after the marks make the title one the sentence honours. */
function honoured(after: string): boolean {
  if (PRIZE_VERB.test(after) || VERB_AFTER.test(after) || EXAMPLE_AFTER.test(after)) return true;
  const end = after.search(/[。；;]/);
  const sentence = end < 0 ? after : after.slice(0, end);
  return JOIN_AFTER.test(after) && HONOUR.test(sentence);
}

/** Whether the sentence holding the marks at `at`..`close` calls its titles cases. */
function namesCases(key: string, at: number, close: number): boolean {
  const from = Math.max(...['。', '！', '？', '!', '?'].map((c) => key.lastIndexOf(c, at)));
  const ends = key.slice(close).search(/[。！？!?]/);
  const sentence = key.slice(from + 1, ends < 0 ? key.length : close + ends);
  return CASE_WORD.test(sentence.replace(/《[^《》]*》/g, ''));
}

export function detectPlacedBookTitles(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const lists: ListDraft[] = [];
  for (const line of doc.lines) {
    if (consumed.has(line.index) || !line.key.includes('《')) continue;
    const items: ItemDraft[] = [];
    for (const m of line.key.matchAll(BOOK_TITLE)) {
      const at = m.index ?? 0;
      const close = at + m[0].length;
      const title = line.raw.slice(at + 1, close - 1).trim();
      if (namesDocument(title) || !honoured(line.key.slice(close))) continue;
      if (!namesCases(line.key, at, close)) continue;
      const place = placeBefore(line.key, line.raw, at, lookup, BETWEEN);
      if (!place) continue;
      items.push({
        seq: null,
        start: line.start + place.from,
        end: line.start + close,
        regionText: place.text,
        title,
        warnings: [],
      });
    }
    const list = sentenceList(items);
    if (list) lists.push(list);
  }
  return lists;
}
