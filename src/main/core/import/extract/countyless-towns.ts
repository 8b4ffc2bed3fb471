/**
 * Towns of a city with no county level (东莞市, 中山市: the towns and streets sit directly under
 * the city), written bare under the city's heading ("小榄镇、三乡镇、…", "小榄镇某某社区居民委员会"
 * one a line). Elsewhere a bare town is ambiguous across counties and a list reader wants
 * a county written before it; here the city the notice names is the town's only possible
 * place, as a county's label is for the towns under it. The city is taken only from the
 * notice's headings (its title, a list's heading, a signing organ's line), only when they name
 * exactly one such city, and a town is placed there only when the division list holds it in
 * that city: an ordinary city's bare towns, or a town of another city, are read as before.
 */
import { isContextHeading } from './list-context';
import type { ListDraft } from './drafts';
import { toKey, type KeyedText } from './text-key';
import type { RegionContext, RegionLookup } from './types';

/** A split that ends on a division's or a unit's own word: a town's stem alone ("民众") is a word. */
const WRITTEN_AS_UNIT = /(镇|乡|街道|区|办事处|苏木|社区|村|居委会|嘎查)$/;

/**
 * The one city with no counties the notice's headings name, not as the start of an entry
 * ("中山市…名单", "中山市民政局", never "中山市小榄镇…" in a list), else null.
 */
export function ownCountylessCity(doc: KeyedText, lookup: RegionLookup): RegionContext | null {
  const cities = lookup.countylessCities?.() ?? [];
  if (cities.length === 0 || !lookup.splitInCity) return null;
  const named = new Set<RegionContext>();
  for (const line of doc.lines) {
    if (line.trimmed === '' || !isContextHeading(line)) continue;
    for (const city of cities) {
      const name = city.city ?? '';
      const at = name ? line.raw.indexOf(name) : -1;
      if (at >= 0 && !lookup.splitInCity(line.raw.slice(at + name.length), city)) named.add(city);
    }
  }
  const [only] = named;
  return named.size === 1 && only ? only : null;
}

/**
 * The lookup the list readers use in a notice of `city`: a text the division list reads as a
 * township of that city (down to its community) is split there, before any reading of the
 * same words as a place elsewhere ("西区…" is 中山市's street, not 攀枝花市西区). A context
 * that already names another county or city keeps the ordinary reading.
 */
export function inOwnCity(lookup: RegionLookup, city: RegionContext): RegionLookup {
  return {
    ...lookup,
    splitPrefix: (text, ctx) => {
      const own = inside(lookup, ctx, city) ? townOf(lookup, text, city) : null;
      return own ?? lookup.splitPrefix(text, ctx);
    },
  };
}

/**
 * Whether a context carried from the entries before lies in `city`: none, the city itself, or
 * a township of it (a list reader may carry "小榄镇西区" on from "…小榄镇西区社区" as if it
 * were a district).
 */
function inside(lookup: RegionLookup, ctx: RegionContext, city: RegionContext): boolean {
  if (ctx.province && ctx.province !== city.province) return false;
  const within = (name: string | undefined): boolean =>
    !name || name === city.city || lookup.splitInCity?.(name, city) != null;
  return within(ctx.city) && within(ctx.county);
}

function townOf(lookup: RegionLookup, text: string, city: RegionContext) {
  const hit = lookup.splitInCity?.(text, city) ?? null;
  return hit && WRITTEN_AS_UNIT.test(toKey(hit.regionText)) ? hit : null;
}

/**
 * Every entry whose place reads as a township of `city` lies in that city: its context says so
 * where the entry itself does not write a county or city, so that the region is resolved there.
 */
export function placeInOwnCity(
  lists: readonly ListDraft[],
  lookup: RegionLookup,
  city: RegionContext,
): void {
  for (const list of lists) {
    for (const it of list.items) {
      if (!it.regionText || !inside(lookup, it.regionContext ?? {}, city)) continue;
      if (townOf(lookup, it.regionText, city)) it.regionContext = { ...city };
    }
  }
}
