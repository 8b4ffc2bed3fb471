/**
 * Residential estates and property projects named bare, the way a district's or a county's own
 * news writes them: "海盐获得该荣誉的9个物业小区分别为枫叶新村、海逸豪园、…", "上城区悦麒美寓、
 * 中盛府、…共6个物业项目入选", "我市4个物业项目光荣上榜…他们分别是景乐雅苑、华家新村、…". No
 * name carries a place or a level word, so no layout reads them. What makes them entries is a
 * count of estates or property projects said beside them, equal to the names joined by 、, and the
 * one county the text places them in: glued before the first name, else the nearest county the
 * paragraph writes before the run, else the one county the whole text writes. Each is an entry
 * at that county, its name the title. A count of 项目 alone is an estate's only where the
 * sentence speaks of property (物业); names that are counties or cities are no estates.
 */
import { CHINESE_NUMERAL_CHARS, parseNumber } from './chinese-numerals';
import type { ItemDraft, ListDraft } from './drafts';
import type { KeyedText } from './text-key';
import type { RegionLookup } from './types';
import { countiesWritten, countyOf, lastCityWrittenAt, oneCountyWritten } from './written-counties';

const N = `([0-9]+|[${CHINESE_NUMERAL_CHARS}]+)`;
const NAME = '[\\u4e00-\\u9fff0-9A-Za-z]';
/** What the count counts: estates, or property projects. */
const NOUN = '(物业小区|住宅小区|小区|物业项目|项目)';
/** "A、B、C共6个物业项目入选": the run first (its first piece may carry a lead), the count after. */
const COUNT_AFTER = new RegExp(
  `(${NAME}{2,18})((?:、${NAME}{2,10}?)+)(?:共|这)?${N}个${NOUN}`,
  'g',
);
/** "…分别为A、B、C。": the run after the words that open a roll of names, up to the clause end. */
const ROLL = new RegExp(
  `(?:分别为|分别是|依次为|依次是|包括)[:：]?(${NAME}{2,10}(?:、${NAME}{2,10})+)(?=[。；;，,]|\\s|$)`,
  'g',
);
/** The count a roll answers, in the text just before it ("…9个物业小区分别为"). */
const COUNT = new RegExp(`${N}个${NOUN}`, 'g');
/** Words a COUNT_AFTER run's first piece may open with before the first name. */
const LEAD = /^.*?(?:其中|分别是|分别为|包括|即|为|是|有)/;
const SENTENCE_END = /[。；;！!？?]/;
/** Names that are roads, townships or streets: places, not estates. */
const NOT_ESTATE = /(?:路|大道|街|巷|街道|镇|乡)$/;
/** A community or residents' committee among the estates is a unit at the county, no title. */
const COMMUNITY = /(?:社区|居委会)$/;
interface Named {
  name: string;
  start: number;
}

function namesOf(doc: KeyedText, from: number, run: string): Named[] {
  const out: Named[] = [];
  let at = from;
  for (const piece of run.split('、')) {
    out.push({ name: doc.text.slice(at, at + piece.length), start: at });
    at += piece.length + 1;
  }
  return out;
}

function lineOf(doc: KeyedText, offset: number) {
  return doc.lines.find((l) => offset >= l.start && offset <= l.end);
}

/** Whether the sentence holding `at` speaks of property (物业): a bare 项目 count is then an estate's. */
function aboutProperty(doc: KeyedText, at: number): boolean {
  let s = at;
  while (s > 0 && !SENTENCE_END.test(doc.key[s - 1] ?? '')) s--;
  let e = at;
  while (e < doc.key.length && !SENTENCE_END.test(doc.key[e] ?? '')) e++;
  return doc.key.slice(s, e).includes('物业');
}

/**
 * The place the paragraph writes nearest before the names: a county, or a city written with
 * its level word (嘉兴市3个物业小区…: the city's estates, in no county the text names elsewhere);
 * with neither, the one county the whole text writes.
 */
function placeBefore(doc: KeyedText, from: number, to: number, lookup: RegionLookup) {
  const county = countiesWritten(doc.key, from, to, lookup).pop();
  const city = lastCityWrittenAt(doc.key, from, to, lookup);
  if (city && (!county || city.start > county.start)) return city.name;
  return county?.name ?? oneCountyWritten(doc.key, lookup)?.name;
}

export function detectCountedEstates(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const lists: ListDraft[] = [];
  const add = (names: Named[], glued: string | null, stated: number | null, nounAt: number) => {
    const first = names[0];
    const last = names[names.length - 1];
    if (!first || !last || names.length < 2 || stated !== names.length) return;
    if (names.some((n) => n.name.length < 2 || n.name.length > 10)) return;
    // "A、B等3个小区": examples of a larger list, not the list (等 closes the last name).
    if (/等$/.test(doc.key.slice(last.start, last.start + last.name.length))) return;
    // A name that is a county or a city is a place, not an estate (an estate may share a
    // village's name: 华家新村).
    if (names.some((n) => (lookup.codeOf?.(n.name, {})?.length ?? 9) <= 6)) return;
    if (doc.key.slice(nounAt, nounAt + 6).match(/^[0-9一二三四五六七八九十百]+个项目/)) {
      if (!aboutProperty(doc, nounAt)) return;
    }
    const line = lineOf(doc, first.start);
    if (!line || consumed.has(line.index)) return;
    if (names.some((n) => NOT_ESTATE.test(n.name))) return;
    const county = glued ?? placeBefore(doc, line.start, first.start, lookup);
    if (!county) return;
    lists.push({
      layout: 'sentence',
      items: names.map(({ name, start }): ItemDraft => ({
        seq: null,
        start,
        end: start + name.length,
        regionText: COMMUNITY.test(name) ? county + name : county,
        title: COMMUNITY.test(name) ? '' : name,
        warnings: [],
      })),
      start: first.start,
      end: last.start + last.name.length,
      lineIndexes: [line.index],
    });
  };
  for (const m of doc.key.matchAll(COUNT_AFTER)) {
    const head = m[1] ?? '';
    const at = m.index ?? 0;
    const split = lookup.splitPrefix(head, {});
    const glued =
      split && split.end < head.length ? (countyOf(split.regionText, lookup)?.name ?? null) : null;
    const lead = glued ? null : LEAD.exec(head);
    const cut = glued && split ? split.end : (lead?.[0].length ?? 0);
    const run = head.slice(cut) + (m[2] ?? '');
    const countAt = at + (m[0] ?? '').length - (m[3] ?? '').length - 1 - (m[4] ?? '').length;
    add(namesOf(doc, at + cut, run), glued, parseNumber(m[3] ?? ''), countAt);
  }
  for (const m of doc.key.matchAll(ROLL)) {
    const run = m[1] ?? '';
    const from = (m.index ?? 0) + (m[0] ?? '').length - run.length;
    const names = namesOf(doc, from, run);
    // The nearest count before the roll, within its sentence or the one before it.
    const before = doc.key.slice(Math.max(0, (m.index ?? 0) - 120), m.index ?? 0);
    const counts = [...before.matchAll(COUNT)];
    const count = counts[counts.length - 1];
    if (!count) continue;
    const countAt = (m.index ?? 0) - before.length + (count.index ?? 0);
    add(names, null, parseNumber(count[1] ?? ''), countAt);
  }
  return lists;
}
