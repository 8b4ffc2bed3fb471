/**
 * The counties a stretch of text writes, in order: a place split off with its level word
 * anywhere (上城区, 绍兴市越城区), or written short where a clause opens (海盐获得…, …,平湖将…).
 * A province or a city is no county; inside a word only a place written with its level word
 * counts, so that two characters that happen to be a county's short name (新河 in 新河弄社区)
 * are not read as one.
 */
import type { RegionLookup } from './types';

/** A county-level code: six digits, not a province's or a city's (…00). */
const COUNTY_CODE = /^\d{4}(?!00)\d{2}$/;
const CLAUSE_BREAK = /[\s，,。；;：:！!？?]/;
const LEVEL_END = /[区县旗市]区?$/;

export interface WrittenCounty {
  /** As written (the place's text, its province and city kept when written before it). */
  name: string;
  code: string;
  start: number;
}

/** The county a place text names from its start, longest first, when it is one. */
export function countyOf(
  text: string,
  lookup: RegionLookup,
): { name: string; code: string } | null {
  for (let len = text.length; len >= 2; len--) {
    const code = lookup.codeOf?.(text.slice(0, len), {});
    if (code && COUNTY_CODE.test(code)) return { name: text.slice(0, len), code };
  }
  return null;
}

export function countiesWritten(
  key: string,
  from: number,
  to: number,
  lookup: RegionLookup,
): WrittenCounty[] {
  const out: WrittenCounty[] = [];
  for (let i = from; i < to; i++) {
    if (!/[\u4e00-\u9fff]/.test(key[i] ?? '')) continue;
    const window = key.slice(i, Math.min(to, i + 10));
    const hit = lookup.splitPrefix(window, {});
    const clauseOpens = i === from || CLAUSE_BREAK.test(key[i - 1] ?? '');
    // Mid-word, only a place written with its level word counts (越城区委, not 新河 in 新河弄).
    const found =
      hit && (clauseOpens || LEVEL_END.test(hit.regionText))
        ? countyOf(hit.regionText, lookup)
        : clauseOpens
          ? countyOf(window.slice(0, 3), lookup)
          : null;
    if (!found) continue;
    out.push({ ...found, start: i });
    i += found.name.length - 1;
  }
  return out;
}

/** The one county the whole text writes (however often, however written), or null. */
export function oneCountyWritten(key: string, lookup: RegionLookup): WrittenCounty | null {
  const found = countiesWritten(key, 0, key.length, lookup);
  const codes = new Set(found.map((c) => c.code));
  return codes.size === 1 ? (found[0] ?? null) : null;
}

/** A prefecture's code: four digits then 00, not a province's (…0000). */
const CITY_CODE = /^\d{2}(?!00)\d{2}00$/;

/**
 * The last city a stretch writes with its level word (嘉兴市, not 我市), or null: a
 * list said of a city's estates lies in the city, not in a county the text writes elsewhere.
 */
export function lastCityWrittenAt(
  key: string,
  from: number,
  to: number,
  lookup: RegionLookup,
): { name: string; start: number } | null {
  let last: { name: string; start: number } | null = null;
  for (const m of key.slice(from, to).matchAll(/[\u4e00-\u9fff]{2,6}?市/g)) {
    for (let s = 0; s < m[0].length - 1; s++) {
      const name = m[0].slice(s);
      if (CITY_CODE.test(lookup.codeOf?.(name, {}) ?? '')) {
        last = { name, start: from + (m.index ?? 0) + s };
        break;
      }
    }
  }
  return last;
}
