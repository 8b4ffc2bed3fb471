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
  const name = raw.slice(at + 1, close - 1);
  const hit = lookup.splitPrefix(name, {});
  if (!hit || hit.end < 2 || hit.end >= name.length) return null;
  const place = name.slice(0, hit.end);
  if (!LEVELLED.test(place) || regionParts(hit.regionText).belowCounty) return null;
  return { text: hit.regionText, from: at };
}
