/**
 * A showcase of shortlisted cases put to a public vote ("…确定了初选入围案例，现进行展示，接受网络
 * 投票", "今天向您展示并开启投票的是第031-060号"), whose cases follow as write-ups, each a paragraph
 * that opens with its unit written from its province ("北京市顺义区望泉西里南一社区结合工作实际，…"),
 * or whose first sentence sets the scene and whose second opens so ("基层民主协商是…载体。北京市
 * 西城区委社会工委区民政局以承担的…"). Each such paragraph after the showcase's words is one
 * case at the place it opens with, untitled: the write-up gives no title of its own. A paragraph
 * opening otherwise (a quoted phrase heading the next part of a write-up, the organisers, the
 * voting instructions) is none, and so is a place written without its province (a story's own
 * units named in passing). A place that runs into no clause (the signature, 某市某区民政局 alone on
 * its line) and a first clause telling what the place said or found (…负责人表示，…作了交流发言，
 * …检查发现，) are a story's or a report's, no write-up of a case.
 */
import type { ItemDraft, ListDraft } from './drafts';
import type { KeyedText } from './text-key';
import type { RegionLookup } from './types';

/** The showcase's words: cases shown for a vote. */
const SHOWCASE = /(?:展示|展播)[^。\n]{0,30}?投票|投票[^。\n]{0,30}?(?:展示|展播)/;
/** What is shown are cases of a shortlist. */
const SHORTLISTED = /(?:初选|入围|候选)[^。\n]{0,6}?案例/;
/** A province-level name opening the paragraph. */
const PROVINCE_HEAD =
  /^(?:[\u4e00-\u9fff]{2,3}省|[\u4e00-\u9fff]{2,8}?自治区|北京市|天津市|上海市|重庆市)/;

/** A clause telling what a place's people said or found: a story's or a meeting report's. */
const SPOKEN = /表示|介绍|指出|强调|发言|汇报|通报|(?:检查|督查|巡查|暗访|调研)发现|(?:说|称)$/;

/** The first clause of `text`, or null when the text runs into none (a name alone). */
function firstClause(text: string): string | null {
  const m = /[，,。；;：:]/.exec(text);
  return m ? text.slice(0, m.index) : null;
}

/** The place a write-up opens with, in its first or second sentence, written from its province. */
function openingPlace(
  text: string,
  lookup: RegionLookup,
): { at: number; end: number; regionText: string } | null {
  const second = text.indexOf('。') + 1;
  for (const at of second > 0 ? [0, second] : [0]) {
    const rest = text.slice(at);
    const head = PROVINCE_HEAD.exec(rest);
    if (!head) continue;
    const hit = lookup.splitPrefix(rest, {});
    // The place must reach below its province: a province alone is the scope, not a unit.
    if (!hit || hit.end <= head[0].length) continue;
    const clause = firstClause(rest);
    if (clause === null || SPOKEN.test(clause)) continue;
    return { at, end: hit.end, regionText: hit.regionText };
  }
  return null;
}

export function detectShowcaseWriteups(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const intro = doc.lines.findIndex((l) => SHOWCASE.test(l.key));
  if (intro < 0) return [];
  const items: ItemDraft[] = [];
  const lineIndexes: number[] = [];
  for (const line of doc.lines.slice(intro + 1)) {
    if (consumed.has(line.index)) continue;
    const found = openingPlace(line.trimmed, lookup);
    if (!found) continue;
    items.push({
      seq: null,
      start: line.trimmedStart + found.at,
      end: line.trimmedStart + found.at + found.end,
      regionText: found.regionText,
      title: '',
      warnings: [],
    });
    lineIndexes.push(line.index);
  }
  const first = items[0];
  const last = items[items.length - 1];
  // What is shown must be a shortlist's cases, said before the first write-up.
  if (!first || !last || !SHORTLISTED.test(doc.key.slice(0, first.start))) return [];
  return [{ layout: 'writeup', items, start: first.start, end: last.end, lineIndexes }];
}
