/**
 * A page of a case series: the series' own heading (湘西州全面深化改革案例, 某某典型案例), the case's
 * title on the line below it (转变殡葬观念 建设美丽永顺), and a dash subtitle opening with the
 * county the case is of (——永顺县探索推进殡葬制度改革成效显著). The page is one case, at the
 * subtitle's place, the title line its title; a page of several cases, each a title over its
 * own subtitle, reads each. A dash subtitle under a heading that names no case series (a
 * feature story's "——某县…" under its headline) is a story of its own, no case, and a subtitle
 * opening with no place of county level or above places nothing.
 */
import { sentenceList, type ItemDraft, type ListDraft } from './drafts';
import { openingPlace } from './quote-own-place';
import type { KeyedText, Line } from './text-key';
import type { RegionLookup } from './types';

/** The series' heading: a short name ending in its kind of case, no sentence. */
const SERIES = /^[\u4e00-\u9fff]{2,20}(?:典型案例|优秀案例|创新案例|改革案例|案例)$/;
/** The case's title: a short line with no sentence's marks. */
const TITLE = /^[^。，,；;：:！!？?]{4,30}$/;
/** The dash subtitle and what it opens with. */
const SUBTITLE = /^[—－-]{1,2}\s*(?=[\u4e00-\u9fff])/;

export function detectSeriesCasePage(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const lines = doc.lines.filter((l) => l.trimmed !== '' && !consumed.has(l.index));
  const heading = seriesHeading(lines);
  if (heading < 0) return [];
  // A series page may hold several cases, each its title over its own dash subtitle: every
  // pair below the heading is a case, never the first standing for them all.
  const items: ItemDraft[] = [];
  const indexes: number[] = [];
  for (let i = heading + 1; i + 1 < lines.length; i++) {
    const [title, sub] = [lines[i], lines[i + 1]] as [Line, Line];
    const item = TITLE.test(title.trimmed) ? caseOfPair(doc, title, sub, lookup) : null;
    if (!item) continue;
    items.push(item);
    indexes.push(title.index, sub.index);
    i++;
  }
  const list = sentenceList(items);
  return list ? [{ ...list, lineIndexes: indexes }] : [];
}

/** A title line over a dash subtitle opening with a place of county level or above: one case. */
function caseOfPair(
  doc: KeyedText,
  title: Line,
  sub: Line,
  lookup: RegionLookup,
): ItemDraft | null {
  const dash = SUBTITLE.exec(sub.trimmed);
  if (!dash) return null;
  const words = sub.trimmed.slice(dash[0].length);
  const hit = openingPlace(words, lookup);
  if (!hit) return null;
  const titleText = doc.text.slice(title.trimmedStart, title.trimmedStart + title.trimmed.length);
  return {
    seq: null,
    start: title.trimmedStart,
    end: sub.trimmedStart + dash[0].length + hit.end,
    regionText: hit.regionText,
    title: titleText.trim(),
    warnings: [],
  };
}

/**
 * The page is a case series' page (its heading, a title, a dash subtitle): a write-up telling
 * its case, a story of the case as the corpus holds such pages (za06, i05), never a list confirmed
 * in the page's own words.
 */
export function isSeriesCasePage(doc: KeyedText): boolean {
  return seriesHeading(doc.lines.filter((l) => l.trimmed !== '')) >= 0;
}

/** Where the series' heading stands over a title and a dash subtitle, or -1. */
function seriesHeading(lines: readonly Line[]): number {
  return lines.findIndex(
    (l, i) =>
      SERIES.test(l.trimmed) &&
      TITLE.test(lines[i + 1]?.trimmed ?? '') &&
      SUBTITLE.test(lines[i + 2]?.trimmed ?? ''),
  );
}
