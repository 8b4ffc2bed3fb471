/**
 * "长沙市慈善基金会、“长沙市城乡特困家庭子女高等教育助学”项目和…分别荣获…": a quoted name opening
 * its clause with no place or body before it, its own words opening with the place it serves
 * (长沙市…, 某县…), is placed there, as a table's project is by its name (titled-row-place). A
 * place written without its level word, or one that is the whole name, places nothing.
 */
import { regionParts } from './region-heuristic';
import type { RegionLookup } from './types';

const LEVELLED = /(?:省|市|州|盟|地区|县|区|旗)$/;
/** The marks a clause or an entry of a list opens after. */
const OPENS_AFTER = /(?:^|[，,。；;、：:\s和及与])$/;

/** The place a quote at `at` (closing at `close`) names at its start, or null. */
export function quoteOwnPlace(
  key: string,
  raw: string,
  at: number,
  close: number,
  lookup: RegionLookup,
): { text: string; from: number } | null {
  if (!OPENS_AFTER.test(key.slice(Math.max(0, at - 1), at))) return null;
  const hit = openingPlace(raw.slice(at + 1, close - 1), lookup);
  return hit ? { text: hit.regionText, from: at } : null;
}

/**
 * The place of county level or above that words open with, written with its level word and
 * followed by words of their own (长沙市城乡…, 永顺县探索…), or null.
 */
export function openingPlace(
  words: string,
  lookup: RegionLookup,
): { regionText: string; end: number } | null {
  const hit = lookup.splitPrefix(words, {});
  if (!hit || hit.end < 2 || hit.end >= words.length) return null;
  if (!LEVELLED.test(words.slice(0, hit.end)) || regionParts(hit.regionText).belowCounty)
    return null;
  return { regionText: hit.regionText, end: hit.end };
}
