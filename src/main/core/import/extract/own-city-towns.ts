/**
 * Towns of an ordinary city written bare, one a line, in a notice of that city ("某街道某社区",
 * "某镇某村" under the city's heading and signature, no county written for any of them).
 * Elsewhere a bare town is ambiguous across the country, so the list readers want a county
 * before it; in a notice whose headings name one city, the division list places a town of that
 * city in its county. This reads such a text there only on a line of a list printed one place a
 * line, where the ordinary reading finds no place at all (prose names such towns in passing), and
 * a county carried from the line before never holds a town the division list places in another
 * county of the city (a county written in one line is no label of the next).
 * The city is taken from the notice's headings (its title, a list's heading, a signing organ's
 * line) only when they name exactly one city with counties.
 */
import { isContextHeading } from './list-context';
import type { ListDraft } from './drafts';
import { toKey, type KeyedText } from './text-key';
import type { RegionContext, RegionLookup } from './types';

/** A split that ends on a township's or a unit's own word. */
const WRITTEN_AS_UNIT = /(镇|乡|街道|办事处|苏木|社区|村|居委会|嘎查)$/;
/** A prefecture-level code: its city digits set, its county digits zero. */
const PREFECTURE = /^\d{2}(?!00)\d{2}00$/;

/** The one city with counties the notice's headings name ("某市…名单", "某市科协"), else null. */
export function ownOrdinaryCity(doc: KeyedText, lookup: RegionLookup): RegionContext | null {
  if (!lookup.splitInCity || !lookup.codeOf || !lookup.provinceOf) return null;
  const named = new Map<string, RegionContext>();
  for (const line of doc.lines) {
    if (line.trimmed === '' || !isContextHeading(line)) continue;
    for (const m of line.raw.matchAll(/市/g)) {
      const city = cityEndingAt(line.raw, m.index + 1, lookup);
      if (city?.city) named.set(city.city, city);
      // Two cities named already: no later heading makes it one (each piece asked is a split).
      if (named.size > 1) return null;
    }
  }
  const [only] = named.values();
  return named.size === 1 && only ? only : null;
}

/** The longest city name (two to five characters before 市) ending at `end`, else null. */
function cityEndingAt(text: string, end: number, lookup: RegionLookup): RegionContext | null {
  for (let len = 6; len >= 3; len--) {
    if (end - len < 0) continue;
    const name = text.slice(end - len, end);
    if (!/^[\u4e00-\u9fff]+$/.test(name)) continue;
    const code = lookup.codeOf?.(name, {}) ?? null;
    // Asked only of a city's code: most pieces before a 市 are none, and each ask is a split.
    if (!code || !PREFECTURE.test(code)) continue;
    const province = lookup.provinceOf?.(name) ?? null;
    if (province) return { province, city: name };
  }
  return null;
}

function townOf(lookup: RegionLookup, text: string, city: RegionContext) {
  const hit = lookup.splitInCity?.(text, city) ?? null;
  return hit && WRITTEN_AS_UNIT.test(toKey(hit.regionText)) ? hit : null;
}

/** Whether a carried context names nothing outside `city` (no other province or city). */
function inside(ctx: RegionContext, city: RegionContext): boolean {
  return (!ctx.province || ctx.province === city.province) && (!ctx.city || ctx.city === city.city);
}

/**
 * The lookup the list readers use in a notice of `city`: a line of a list printed one place a
 * line may open with a bare town of it (prose and other layouts read as before).
 */
export function withOwnCityTowns(lookup: RegionLookup, city: RegionContext): RegionLookup {
  return { ...lookup, splitOwnCityTown: (text) => townOf(lookup, text, city) };
}

/**
 * Entries written as a town of `city` without a county of their own, whose carried context
 * cannot place them (a county the town is not in, or none): placed in the city, where the
 * division list finds the town's county.
 */
export function placeTownsInOwnCity(
  lists: readonly ListDraft[],
  lookup: RegionLookup,
  city: RegionContext,
): void {
  for (const list of lists) {
    list.items.forEach((it, k) => {
      const ctx = it.regionContext ?? {};
      if (!it.regionText || !inside(ctx, city) || !townOf(lookup, it.regionText, city)) return;
      // A county a heading or label gives its lines holds them, even a town found elsewhere;
      // only one carried on from an entry that wrote it is weighed against the town.
      const county = ctx.county;
      if (county && !list.items.slice(0, k).some((e) => e.regionText?.startsWith(county))) return;
      // The carried county holds the town when the city's reading finds it there too (a
      // near-miss of another town's name inside the carried county is no such finding).
      const carried = ctx.county ? lookup.codeOf?.(it.regionText, ctx) : null;
      const own = lookup.codeOf?.(it.regionText, city);
      if (carried && own && carried.slice(0, 6) === own.slice(0, 6)) return;
      it.regionContext = { ...city };
    });
  }
}
