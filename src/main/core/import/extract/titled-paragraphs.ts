/**
 * Cases told one paragraph each, each paragraph opening with its title in book-title marks
 * ("《…》记录了某街道…", "《…》讲述了…"), under a sentence that announces them by their count
 * ("某区报送的《A》等4个案例入选"). Each paragraph is an entry: its title the quoted one, its place
 * the one the title opens with, else the place the announcing sentence names before its first
 * title, narrowed to the street or township the paragraph names that the division list places
 * there. A cited document (《…方案》, 《…通知》) is never such a title, and a run of one
 * paragraph is no list.
 */
import { parseNumber } from './chinese-numerals';
import type { ItemDraft, ListDraft } from './drafts';
import { readPlaces } from './prose-piece';
import type { KeyedText, Line } from './text-key';
import type { RegionLookup } from './types';

/** The title that opens a paragraph, the paragraph's own words right after it. */
const OPENING = /^《([^《》\n]{4,80})》(?![等和及与、，,])(?=[\u4e00-\u9fff])/;
/** What a document's title ends with: such a title is cited, never a case. */
const DOCUMENT =
  /(通知|意见|方案|办法|规定|细则|规划|决定|批复|公告|公示|通报|纲要|要点|计划|指南|条例|法)$/;
/** A sentence announcing cases by their count ("…《A》等4个案例入选", "共有3个案例入选"). */
const ANNOUNCED = /([0-9]+|[一二两三四五六七八九十]+)\s*个[^。；;，,]{0,8}?案例/;
/** A street or township named in a paragraph: the level word that ends it. */
const TOWN_END = /街道|镇|乡/g;

/** The place the announcing sentence names before its first title, else before its count. */
function announcedPlace(doc: KeyedText, before: number, lookup: RegionLookup): string | null {
  const text = doc.key.slice(0, before);
  const sentences = text.split(/(?<=[。；;！？!?\n])/);
  let at = 0;
  let place: string | null = null;
  for (const s of sentences) {
    const m = ANNOUNCED.exec(s);
    if (m && (parseNumber(m[1]!) ?? 0) >= 2) {
      const head = s.slice(0, s.includes('《') ? s.indexOf('《') : m.index);
      place = placeIn(doc, at, head, lookup) ?? place;
    }
    at += s.length;
  }
  return place;
}

/** The last place a sentence's head names (the unit that sent the cases, after any organ). */
function placeIn(doc: KeyedText, start: number, head: string, lookup: RegionLookup): string | null {
  let found: string | null = null;
  let at = 0;
  for (const piece of head.split(/[，,]/)) {
    const from = start + head.indexOf(piece, at);
    at = from - start + piece.length;
    const raw = doc.text.slice(from, from + piece.length);
    const place = readPlaces({ text: raw, start: from }, lookup, { leadIn: true })[0];
    if (place) found = place.regionText;
  }
  return found;
}

/** The first street or township the paragraph names that the division list places in `place`. */
function townIn(body: string, place: string, lookup: RegionLookup): string | null {
  for (const m of body.matchAll(TOWN_END)) {
    const end = (m.index ?? 0) + m[0].length;
    for (let len = Math.min(8, end); len > m[0].length + 1; len--) {
      const name = body.slice(end - len, end);
      if (/[^\u4e00-\u9fff]/.test(name)) continue;
      const whole = place + name;
      if (lookup.splitPrefix(whole, {})?.end === whole.length) return whole;
    }
  }
  return null;
}

function opening(line: Line): { title: string; key: string } | null {
  const m = OPENING.exec(line.key.trimStart());
  if (!m || DOCUMENT.test(m[1]!.trim())) return null;
  const lead = line.key.length - line.key.trimStart().length;
  return { title: line.raw.slice(lead + 1, lead + 1 + m[1]!.length).trim(), key: m[0] };
}

export function detectTitledParagraphs(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const runs: Line[][] = [];
  let run: Line[] = [];
  for (const line of doc.lines) {
    if (line.trimmed === '') continue;
    if (!consumed.has(line.index) && opening(line)) run.push(line);
    else {
      if (run.length >= 2) runs.push(run);
      run = [];
    }
  }
  if (run.length >= 2) runs.push(run);
  const lists: ListDraft[] = [];
  for (const lines of runs) {
    const first = lines[0]!;
    const titles = lines.map((l) => opening(l)!.title);
    if (new Set(titles).size !== titles.length) continue;
    const announced = announcedPlace(doc, first.start, lookup);
    if (announced === null && !ANNOUNCED.test(doc.key.slice(0, first.start))) continue;
    const items: ItemDraft[] = [];
    for (const line of lines) {
      const { title, key } = opening(line)!;
      const own = lookup.splitPrefix(title, {});
      const body = line.raw.slice(line.raw.indexOf(key) + key.length);
      const regionText =
        own && own.end >= 2
          ? own.regionText
          : announced && (townIn(body, announced, lookup) ?? announced);
      if (!regionText) {
        items.length = 0;
        break;
      }
      items.push({
        seq: null,
        start: line.trimmedStart,
        end: line.trimmedStart + title.length + 2,
        regionText,
        title,
        content: line.raw.trim(),
        warnings: [],
      });
    }
    const head = items[0];
    const last = items[items.length - 1];
    if (!head || !last) continue;
    lists.push({
      layout: 'writeup',
      items,
      start: head.start,
      end: last.end,
      lineIndexes: lines.map((l) => l.index),
    });
  }
  return lists;
}
