/**
 * A page of a case series: the series' own heading (湘西州全面深化改革案例, 某某典型案例), the case's
 * title on the line below it (转变殡葬观念 建设美丽永顺), and a dash subtitle opening with the
 * county the case is of (——永顺县探索推进殡葬制度改革成效显著). The page is one case, at the
 * subtitle's place, the title line its title. A dash subtitle under a heading that names no case
 * series (a feature story's "——某县…" under its headline) is a story of its own, no case, and a
 * subtitle opening with no place of county level or above places nothing.
 */
import { sentenceList, type ListDraft } from './drafts';
import { regionParts } from './region-heuristic';
import type { KeyedText, Line } from './text-key';
import type { RegionLookup } from './types';

/** The series' heading: a short name ending in its kind of case, no sentence. */
const SERIES = /^[\u4e00-\u9fff]{2,20}(?:典型案例|优秀案例|创新案例|改革案例|案例)$/;
/** The case's title: a short line with no sentence's marks. */
const TITLE = /^[^。，,；;：:！!？?]{4,30}$/;
/** The dash subtitle and what it opens with. */
const SUBTITLE = /^[—－-]{1,2}\s*(?=[\u4e00-\u9fff])/;
const LEVELLED = /(?:省|市|州|盟|地区|县|区|旗)$/;

export function detectSeriesCasePage(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const lines = doc.lines.filter((l) => l.trimmed !== '' && !consumed.has(l.index));
  for (let i = 0; i + 2 < lines.length; i++) {
    const [series, title, sub] = [lines[i], lines[i + 1], lines[i + 2]] as [Line, Line, Line];
    if (!SERIES.test(series.trimmed) || !TITLE.test(title.trimmed)) continue;
    const dash = SUBTITLE.exec(sub.trimmed);
    if (!dash) continue;
    const words = sub.trimmed.slice(dash[0].length);
    const hit = lookup.splitPrefix(words, {});
    if (!hit || hit.end < 2 || hit.end >= words.length) continue;
    if (!LEVELLED.test(words.slice(0, hit.end)) || regionParts(hit.regionText).belowCounty)
      continue;
    const titleText = doc.text.slice(title.trimmedStart, title.trimmedStart + title.trimmed.length);
    const list = sentenceList([
      {
        seq: null,
        start: title.trimmedStart,
        end: sub.trimmedStart + dash[0].length + hit.end,
        regionText: hit.regionText,
        title: titleText.trim(),
        warnings: [],
      },
    ]);
    return list ? [{ ...list, lineIndexes: [title.index, sub.index] }] : [];
  }
  return [];
}

/**
 * The page is a case series' page (its heading, a title, a dash subtitle): a write-up telling
 * its case, a story of the case as the corpus holds such pages (za06, i05), never a list confirmed
 * in the page's own words.
 */
export function isSeriesCasePage(doc: KeyedText): boolean {
  const lines = doc.lines.filter((l) => l.trimmed !== '');
  return lines.some(
    (l, i) =>
      SERIES.test(l.trimmed) &&
      TITLE.test(lines[i + 1]?.trimmed ?? '') &&
      SUBTITLE.test(lines[i + 2]?.trimmed ?? ''),
  );
}
