/**
 * Cases a sentence names as place + quoted or book-titled name, in the shapes the one-title
 * readers (placed-quotes, placed-book-titles) leave because no kind word or verb follows each
 * title:
 *
 * - a run closed by a count of exactly its titles, a kind word and the verb ("…区“甲”和…县“乙”
 *   2项实践成功入选"): the count says every title before it is one of what the verb honours;
 * - a run the sentence introduces after its verb and case word ("入选的2个优秀案例，分别为甲县
 *   《…》、乙乡《…》"), up to the clause's end, a count before it matching the run;
 * - one example in book-title marks before 等N个 and the designation (遴选确定甲区《…》等22个典型经验
 *   为…), as the ministry's experience lists cite their round; a quoted example after its place
 *   before its count (甲区“…”等25个项目为…) is left to the other readers, but one with no place
 *   before it whose name opens with its own unit's place (确认“福州市社区大学福州方言学习圈”等7个
 *   项目为…) is read, that place its place.
 *
 * Each is an entry: the place as written right before the marks, the title the marked text. A
 * run whose count differs from its titles, a cited document (《关于…》) and a place that is only
 * the speaker (我市) are none.
 */
import { namesDocument } from './book-title-tail';
import { parseNumber } from './chinese-numerals';
import { sentenceList, type ItemDraft, type ListDraft } from './drafts';
import { HONOUR, placeBefore } from './placed-quotes';
import type { KeyedText } from './text-key';
import type { RegionLookup } from './types';

/** A title in book-title marks (quotes may stand inside it) or in quotes. */
const BOOK = /《([^《》\n]{2,60})》/g;
const QUOTED = /[“「]([^“”「」\n]{2,60})[”」]/g;
/** The join from one placed title to the next place. */
const JOIN = /^\s*(?:[、，,和及与]|以及)\s*$/;
const NUM = '(?:[0-9]+|[一二两三四五六七八九十]+)';
/** What the titles are: a case, a practice, an experience. */
const CASE_KIND = '(?:实践|案例|经验|做法|成果|项目|工作法|模式)';
/** The close of a counted run ("2项实践成功入选", "两个案例均入选"). */
const COUNTED_CLOSE = new RegExp(
  `^\\s*(${NUM})\\s*(?:项|个|条|篇)[\\u4e00-\\u9fff]{0,6}?${CASE_KIND}(?:成功|均|都|全部|同时)?(?:${HONOUR.source})`,
);
/**
 * The honour an introducing clause may tell as the units' standing on the list rather than as a
 * verb ("2个乡镇案例榜上有名，分别是…"): the run after it is as honoured as after 入选.
 */
const ON_THE_LIST = /榜上有名|上榜|名列其中|位列其中/;
/**
 * A ranking the places stand on (百强县榜, 排行榜): places ranked by their figures, no list of a
 * programme's cases, whatever their standing on it.
 */
const RANKING = /百强|十强|强县|强市|强镇|排行|排名/;
/** The words introducing a run after the verb ("分别为", "分别是："). */
const INTRODUCED = /分别(?:为|是)\s*[：:]?\s*$/;
/** The case word the introducing clause calls the titles by, with an optional count. */
const CALLED = new RegExp(`(?:(${NUM})\\s*(?:项|个|条|篇))?[\\u4e00-\\u9fff]{0,6}?${CASE_KIND}`);
/** One example before its round's count and the designation ("等22个典型经验为…"). */
const EXAMPLE_CLOSE = new RegExp(
  `^等\\s*${NUM}\\s*(?:项|个|条|篇|件)[\\u4e00-\\u9fff]{0,10}?${CASE_KIND}(?:为|入选|被确定为|被评为)`,
);
/** The verb designating the round before its example ("遴选确定", "公布", "命名"). */
const DESIGNATES = /确定|确认|认定|遴选|评选|公布|命名|推出/;

interface Placed {
  place: { text: string; from: number };
  at: number;
  close: number;
  title: string;
  /** In book-title marks (《…》), not quotes. */
  book: boolean;
  /** The place opens the quoted name itself (“某市某大学…”), none stands before it. */
  own: boolean;
}

/** A place that says its level, as a quoted name opening with its unit's place writes it. */
const LEVELLED = /(?:省|市|州|盟|县|区|旗|镇|乡|街道)$/;

/** The place a quoted name opens with ("福州市" of “福州市社区大学福州方言学习圈”), or null. */
function ownPlace(title: string, lookup: RegionLookup): string | null {
  const hit = lookup.splitPrefix(title, {});
  if (!hit || hit.end < 2 || hit.end >= title.length) return null;
  const place = title.slice(0, hit.end);
  return LEVELLED.test(place) ? place : null;
}

/** The sentence (up to a stop or semicolon) around `at` in `key`: its start and end. */
function sentenceAround(key: string, at: number): { from: number; to: number } {
  const from =
    Math.max(...['。', '！', '？', '!', '?', '；', ';'].map((c) => key.lastIndexOf(c, at))) + 1;
  const rest = key.slice(at).search(/[。！？!?；;]/);
  return { from, to: rest < 0 ? key.length : at + rest };
}

/** The titles of a line, each with the place written right before it. */
function placedTitles(line: { key: string; raw: string }, lookup: RegionLookup): Placed[] {
  const out: Placed[] = [];
  const books = [...line.key.matchAll(BOOK)];
  const inBook = (at: number) =>
    books.some((b) => at > (b.index ?? 0) && at < (b.index ?? 0) + b[0].length);
  const marks = [...books, ...[...line.key.matchAll(QUOTED)].filter((q) => !inBook(q.index ?? 0))];
  marks.sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  for (const m of marks) {
    const at = m.index ?? 0;
    const close = at + m[0].length;
    const title = line.raw.slice(at + 1, close - 1).trim();
    if (m[0].startsWith('《') && namesDocument(title)) continue;
    const book = m[0].startsWith('《');
    const place = placeBefore(line.key, line.raw, at, lookup, /^$/);
    if (place) out.push({ place, at, close, title, book, own: false });
    else if (!book) {
      const own = ownPlace(title, lookup);
      if (own) out.push({ place: { text: own, from: at + 1 }, at, close, title, book, own: true });
    }
  }
  return out;
}

/** Runs of placed titles joined one to the next with nothing but a join between them. */
function runs(line: { key: string }, placed: Placed[]): Placed[][] {
  const out: Placed[][] = [];
  let run: Placed[] = [];
  for (const p of placed) {
    const prev = run[run.length - 1];
    if (prev && JOIN.test(line.key.slice(prev.close, p.place.from))) run.push(p);
    else {
      if (run.length) out.push(run);
      run = [p];
    }
  }
  if (run.length) out.push(run);
  return out;
}

/** Whether the run is one the sentence honours as cases, by one of the three shapes. */
function honoured(key: string, run: Placed[]): boolean {
  const first = run[0];
  const last = run[run.length - 1];
  if (!first || !last) return false;
  const example = EXAMPLE_CLOSE.test(key.slice(last.close));
  if (run.some((p) => p.own)) return run.length === 1 && example && designated(key, first);
  const counted = COUNTED_CLOSE.exec(key.slice(last.close));
  if (counted) return parseNumber(counted[1] ?? '') === run.length;
  const { from, to } = sentenceAround(key, first.place.from);
  const before = key.slice(from, first.place.from);
  if (INTRODUCED.test(before)) {
    const clause = before.replace(INTRODUCED, '');
    const called = CALLED.exec(clause);
    const listed = ON_THE_LIST.test(clause) && !RANKING.test(clause);
    if (!called || !(HONOUR.test(clause) || listed)) return false;
    const stated = called[1] ? parseNumber(called[1]) : null;
    // The run ends its clause: what follows is another clause, not more of the list.
    const after = key.slice(last.close, to);
    return (stated === null || stated === run.length) && /^\s*(?:[，,]|$)/.test(after);
  }
  return run.length === 1 && first.book && example && DESIGNATES.test(before);
}

/** Whether the sentence designates the round before the example ("确认…", "公布…"). */
function designated(key: string, p: Placed): boolean {
  const { from } = sentenceAround(key, p.at);
  return DESIGNATES.test(key.slice(from, p.at));
}

export function detectPlacedTitleRuns(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const lists: ListDraft[] = [];
  for (const line of doc.lines) {
    if (consumed.has(line.index) || !/[“「《]/.test(line.key)) continue;
    const items: ItemDraft[] = [];
    for (const run of runs(line, placedTitles(line, lookup))) {
      if (!honoured(line.key, run)) continue;
      for (const p of run)
        items.push({
          seq: null,
          start: line.start + p.place.from,
          end: line.start + p.close,
          regionText: p.place.text,
          title: p.title,
          warnings: [],
        });
    }
    const list = sentenceList(items);
    if (list) lists.push(list);
  }
  return lists;
}
