/**
 * "…、江西省上饶市铅山婺源", "…、黄冈黄梅麻城入选…": a reprint that lost its
 * punctuation writes a city's own counties bare (no 县, no 、) and run together after the city,
 * the city perhaps short too. The division list reads the city and one stem as a city and
 * county pair ("上饶市铅山", "黄冈黄梅"), never a run of stems, so the run is cut here: each
 * stem that the list reads after the city as one of its counties is an entry, the first
 * written with the city before it, the others bare in it.
 */
import { classifyRest, type RestOf } from './place-rest';
import { regionParts } from './region-heuristic';
import { toKey } from './text-key';
import type { RegionLookup } from './types';

/** A county's name without its level word: two or three characters (铅山, 阿克塞). */
const STEM_LENGTHS = [2, 3] as const;
/** A city written short before its counties (黄冈, 齐齐哈尔). */
const SHORT_CITY_LENGTHS = [2, 3, 4] as const;
/**
 * The lengths of the county stems `rest` starts with, after `city`, when there are two or more
 * of them and what follows them closes the run as entries are closed (nothing, a count, a
 * membership verb); else null.
 */
function gluedCountyStems(city: string, rest: string, lookup: RegionLookup): number[] | null {
  const pair = lookup.cityCountyPair?.bind(lookup);
  if (!pair) return null;
  const isStem = (stem: string): boolean => /^[\u4e00-\u9fff]+$/.test(stem) && pair(city + stem);
  const walk = (at: number, stems: number[]): number[] | null => {
    if (stems.length >= 2 && classifyRest(rest.slice(at)).rest !== 'activity') return stems;
    for (const n of STEM_LENGTHS) {
      if (at + n > rest.length || !isStem(rest.slice(at, at + n))) continue;
      const found = walk(at + n, [...stems, n]);
      if (found) return found;
    }
    return null;
  };
  return walk(0, []);
}

/**
 * Where the city of a glued run ends in `key` from `at`: after the place the division list
 * read (`read` characters) when that place ends in a city (a place ending so reads as no city
 * of its own, it may be a county's 市), or after a city written short that the list reads
 * alone, right after the province the list read.
 */
function cityEnds(
  key: string,
  at: number,
  read: number,
  lookup: RegionLookup,
  stemMayFollow: (end: number) => boolean,
): number[] {
  const place = key.slice(at, at + read);
  const parts = regionParts(place);
  const from = at + (parts.province?.length ?? 0);
  if (from < at + read) {
    const city = key.slice(from, at + read);
    return /[市州盟]$/.test(city) && !parts.county && !parts.belowCounty ? [at + read] : [];
  }
  // The short city is asked of the division list only where a county could follow it.
  return SHORT_CITY_LENGTHS.filter(
    (n) => stemMayFollow(from + n) && lookup.splitPrefix(key.slice(from, from + n), {})?.end === n,
  ).map((n) => from + n);
}

/**
 * Whether a county stem could start at `end` of `key`: a city and county pair ends as some
 * division's name does (the lookup says which endings can), so the first stem, of two or
 * three characters, must end so. Asking the lookup about a short city is dear; this is not.
 */
function stemMayStart(key: string, lookup: RegionLookup): (end: number) => boolean {
  const ending = lookup.pairMayEndIn?.bind(lookup);
  if (!ending) return () => true;
  return (end) =>
    STEM_LENGTHS.some(
      (n) => end + n <= key.length && ending(toKey(key.slice(end + n - 2, end + n))),
    );
}

/**
 * The entries of a piece's key whose place starts at `at` (the division list read `read`
 * characters of it, 0 when none) and is a city followed by its counties run together: each as
 * [start, end, what the words after it say] (only the last has words after it), the first from
 * `at`; null when the place is not followed so.
 */
export function gluedCountySpans(
  key: string,
  at: number,
  read: number,
  lookup: RegionLookup,
): [number, number, RestOf][] | null {
  // Without the pair reading no run of stems is read, wherever the city ends.
  if (!lookup.cityCountyPair) return null;
  for (const end of cityEnds(key, at, read, lookup, stemMayStart(key, lookup))) {
    const city = key.slice(at, end).replace(/^.*?(省|自治区)/, '');
    const stems = gluedCountyStems(city, key.slice(end), lookup);
    if (!stems) continue;
    const spans: [number, number, RestOf][] = [];
    let from = at;
    let to = end;
    for (const n of stems) {
      to += n;
      spans.push([from, to, { rest: 'none' }]);
      from = to;
    }
    spans[spans.length - 1]![2] = classifyRest(key.slice(to));
    return spans;
  }
  return null;
}
