/**
 * A list printed one bare place per line under a heading that announces it
 * ("…名单（部分）" over "兰州市七里河区西湖街道梁家庄社区" lines): what a one-column Word
 * table or a pasted list becomes. Every line must be a place and nothing else (a division
 * written in full, or a division and the short name of a community or village after it);
 * the first line that is not ends the list, so a byline or a paragraph below never joins it.
 */
import { trailingNote } from './address-items';
import { labelledList, type ItemDraft, type ListDraft } from './drafts';
import { readNumbering } from './numbering';
import { toKey, type KeyedText, type Line } from './text-key';
import type { RegionLookup } from './types';

/** A heading or lead-in that announces a list below it. */
const ANNOUNCES = /(名单|名录|如下|具体为|分别是|分别为)[^。；;]{0,12}$|[:：]$/;
/** What may follow the division on a place line: the name of a unit below it. */
const UNIT_NAME = /^[\u4e00-\u9fff\d]{1,12}?(社区|村|居委会|嘎查|街道|镇|乡|苏木)$/;

interface PlaceLine {
  place: string;
  /** A bracketed note after the place ("（香菇）"): the entry's title. */
  title: string;
}

/** The place a whole line names and nothing else, or null. */
export function placeOf(line: Line, lookup: RegionLookup): PlaceLine | null {
  const noted = trailingNote(line.raw.trim());
  if (noted) {
    const place = bareName(noted.head, toKey(noted.head), lookup);
    return place ? { place, title: noted.note } : null;
  }
  const place = bareName(line.raw.trim(), line.trimmed, lookup);
  return place ? { place, title: '' } : null;
}

function bareName(raw: string, t: string, lookup: RegionLookup): string | null {
  if (t.length < 4 || t.length > 40 || /[\s。，,；;：:！？!?、（）()“”"]/.test(t)) return null;
  if (readNumbering(t) !== null) return null;
  const hit = lookup.splitPrefix(raw, {});
  if (!hit || hit.end < 2) return null;
  const rest = t.slice(hit.end);
  return rest === '' || UNIT_NAME.test(rest) ? raw : null;
}

export function detectPlaceLines(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const lists: ListDraft[] = [];
  let heading: Line | null = null;
  let items: ItemDraft[] = [];
  let lines: number[] = [];
  const flush = (): void => {
    const list = labelledList(items, lines);
    if (list) lists.push(list);
    items = [];
    lines = [];
  };
  for (const line of doc.lines) {
    if (line.trimmed === '') continue;
    const place = heading && !consumed.has(line.index) ? placeOf(line, lookup) : null;
    if (place) {
      items.push({
        seq: null,
        start: line.trimmedStart,
        end: line.end,
        regionText: place.place,
        title: place.title,
        warnings: [],
      });
      lines.push(line.index);
      continue;
    }
    flush();
    heading = !consumed.has(line.index) && ANNOUNCES.test(line.trimmed) ? line : null;
  }
  flush();
  return lists;
}
