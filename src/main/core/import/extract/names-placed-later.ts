/**
 * "其中我市划船社区和白鹤社区入选" and, a paragraph later, "鄞州区划船社区和白鹤社区分别以…入选":
 * units a story first names bare after 我市 it writes again after their county. The county
 * written right before each name elsewhere in the text places it; every name must be placed
 * so, in one county, or none is (a name the page never writes after its county stays unplaced).
 */
import type { KeyedText } from './text-key';
import type { RegionContext, RegionLookup } from './types';

/** How far before a name its county may start (a province, city and county written out). */
const REACH = 12;

/** The county written right before the occurrence of a name at `at`, else null. */
function countyBefore(doc: KeyedText, at: number, lookup: RegionLookup): RegionContext | null {
  for (let s = Math.max(0, at - REACH); s <= at - 2; s++) {
    const found = lookup.countyWritten?.(doc.text.slice(s, at));
    if (found?.county) return found;
  }
  return null;
}

/** Marks joining one unit's name to the next, the county written once before the first. */
const JOINED = /[和、及与]/;

/**
 * The county before the occurrence at `at`, or before the name of `names` it is joined to
 * ("鄞州区划船社区和白鹤社区": 白鹤社区 lies where 划船社区 does).
 */
function countyOf(
  doc: KeyedText,
  at: number,
  names: readonly { place: string }[],
  lookup: RegionLookup,
  depth = 0,
): RegionContext | null {
  const own = countyBefore(doc, at, lookup);
  if (own || depth > 3 || !JOINED.test(doc.key[at - 1] ?? '')) return own;
  for (const other of names) {
    const from = at - 1 - other.place.length;
    if (from >= 0 && doc.key.slice(from, at - 1) === other.place)
      return countyOf(doc, from, names, lookup, depth + 1);
  }
  return null;
}

/** A city's name as a page writes it: in full, or without its level word (宁波 for 宁波市). */
function cityWritten(text: string, city: string): boolean {
  const short = city.replace(/(?:市|地区|盟)$/, '');
  return text.includes(city) || (short.length >= 2 && text.includes(short));
}

/**
 * The one county every name (`names`, as written in the key) is written after somewhere in the
 * text other than at its own span (`spans`), else null. Named after 我市, the names lie in the
 * page's own city: the county must be one of a city (or municipality) `ownCityIn` writes — the
 * page before the clause, its headline, source and dateline — never another city's county the
 * page happens to write them after.
 */
export function countyWrittenLater(
  doc: KeyedText,
  names: readonly { place: string; start: number }[],
  lookup: RegionLookup,
  ownCityIn: string | null = null,
): RegionContext | null {
  if (!lookup.countyWritten || names.length === 0) return null;
  let shared: RegionContext | null = null;
  for (const n of names) {
    let found: RegionContext | null = null;
    for (let i = doc.key.indexOf(n.place); i >= 0 && !found; i = doc.key.indexOf(n.place, i + 1))
      if (i !== n.start) found = countyOf(doc, i, names, lookup);
    if (!found) return null;
    if (shared && (shared.county !== found.county || shared.city !== found.city)) return null;
    shared = found;
  }
  const city = shared?.city ?? shared?.province ?? null;
  if (ownCityIn !== null && (city === null || !cityWritten(ownCityIn, city))) return null;
  return shared;
}
