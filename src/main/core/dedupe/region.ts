/**
 * Regions are compared by code, never as strings: 南京市鼓楼区 and 福州市鼓楼区 look alike
 * and are different places. Historical codes are first mapped to the units that carry
 * them today (江干区 330104 → 上城区 330102 / 钱塘区 330114), so an old notice and a new
 * one agree on a renamed place.
 */
import type { DedupeRecord, RegionRelation } from './types';

/**
 * Today's code(s) for a possibly historical 6-digit code; the code itself when current or
 * unknown. `renamedWhole` says whether a historical code's place is the one unit it became
 * under a new name (鹿泉市 → 鹿泉区) rather than merged into another or split (江干区 →
 * 上城区 / 钱塘区); a mapper that does not say has no such renaming.
 */
export type RegionMapper = ((code: string) => readonly string[]) & {
  readonly renamedWhole?: (code: string) => boolean;
};

export const identityRegions: RegionMapper = (code) => [code];

/** A record's place, prepared once so each pair compares a few strings. */
export interface Place {
  /** today's county-level codes; empty when the record is at city level or unknown */
  counties: readonly string[];
  /** today's 4-digit city prefixes */
  cities: readonly string[];
  /** 9-digit township code, when the record is a township or below */
  townCode: string | null;
  /** the township's name key, also when it has no code (written under an old county) */
  townName: string;
  /** the record's own code was historical (renamed, merged or split since) */
  historical: boolean;
  /** historical, and its place is the one unit it became, only renamed (鹿泉市 → 鹿泉区) */
  renamedWhole: boolean;
  known: boolean;
  /**
   * the 2-digit province of a record filed at a province's own code (江苏省 320000, 重庆市
   * 500000): placed nowhere below it, yet blocked with the province's other such records
   */
  province: string | null;
}

const level = (code: string): 'province' | 'city' | 'county' =>
  code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'city' : 'county';

export function placeOf(
  r: DedupeRecord,
  map: RegionMapper,
  townKey: (s: string | null) => string,
): Place {
  const code = r.regionCode && /^\d{6}$/.test(r.regionCode) ? r.regionCode : null;
  if (!code || level(code) === 'province')
    return {
      counties: [],
      cities: [],
      townCode: null,
      townName: '',
      historical: false,
      renamedWhole: false,
      known: false,
      province: code ? code.slice(0, 2) : null,
    };
  const now = map(code);
  const counties = level(code) === 'county' ? now.filter((c) => level(c) === 'county') : [];
  const cities = [...new Set(now.map((c) => c.slice(0, 4)))];
  const unit = r.unitCode ?? '';
  const townCode = unit.length >= 9 ? unit.slice(0, 9) : null;
  const historical = now.length !== 1 || now[0] !== code;
  return {
    counties,
    cities,
    townCode,
    townName: r.town ? townKey(r.town) : '',
    historical,
    renamedWhole: historical && (map.renamedWhole?.(code) ?? false),
    known: true,
    province: null,
  };
}

const intersects = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));

/** Town codes may differ only because the county was renumbered; then the names decide. */
function sameTown(a: Place, b: Place): boolean {
  if (a.townCode === b.townCode) return true;
  if (a.townCode!.slice(0, 6) === b.townCode!.slice(0, 6)) return false;
  return a.townName !== '' && a.townName === b.townName;
}

/**
 * One record with a township code, the other with none: the county itself and a unit in it
 * (parent and child), unless the other is a township written under its county's old name
 * (a street of an old 城区 before the district was merged and renamed): the answer then stops at the old county,
 * and the same township name in today's county is the same township.
 */
function townOrParent(a: Place, b: Place): RegionRelation {
  const [coded, bare] = a.townCode ? [a, b] : [b, a];
  return bare.historical && bare.townName !== '' && bare.townName === coded.townName
    ? 'same_town'
    : 'parent_child';
}

export function compareRegions(a: Place, b: Place): RegionRelation {
  if (!a.known || !b.known) return 'unknown';
  if (a.counties.length && b.counties.length) {
    if (!intersects(a.counties, b.counties)) return 'conflict';
    if (a.townCode && b.townCode) return sameTown(a, b) ? 'same_town' : 'conflict';
    return a.townCode || b.townCode ? townOrParent(a, b) : 'same_county';
  }
  if (!intersects(a.cities, b.cities)) return 'conflict';
  // one or both at city level (东莞市 has no counties; 衢州市 is a zone as a whole)
  if (!a.counties.length && !b.counties.length) {
    if (a.townCode && b.townCode) return sameTown(a, b) ? 'same_town' : 'conflict';
    return a.townCode || b.townCode ? 'parent_child' : 'same_city';
  }
  return 'parent_child';
}

/**
 * Blocking keys: county codes, or the city prefix for a record above county level; a record
 * at a province's own code blocks with the province's others (its own record in two
 * programmes is only found so when neither has a title).
 */
export function blockKeys(p: Place): string[] {
  if (!p.known) return p.province ? [`p${p.province}`] : [];
  return p.counties.length ? p.counties.map((c) => `x${c}`) : p.cities.map((c) => `c${c}`);
}

/**
 * Whether a record at `other` can be the same unit as, or block with, one at `focus`: the
 * same county (today's codes), or one of them at city level in the other's city. The
 * narrow lookups (an import's identity and duplicate checks) read only records so placed.
 */
export function placesNear(focus: Place, other: Place): boolean {
  if (!focus.known || !other.known) return false;
  if (focus.counties.length && other.counties.length)
    return intersects(focus.counties, other.counties);
  return intersects(focus.cities, other.cities);
}

/**
 * placesNear against any of `focus`, for many others: the focus's counties and cities are
 * gathered once, so each other place costs its own few codes, not the focus's size (an
 * import's checks test every live code of a notice's cities against each of its places).
 */
export function nearAnyOf(focus: readonly Place[]): (other: Place) => boolean {
  const counties = new Set<string>(); // of focus places with counties
  const countyCities = new Set<string>(); // their cities: met by a city-level other
  const cityCities = new Set<string>(); // cities of focus places at city level
  for (const f of focus) {
    if (!f.known) continue;
    if (f.counties.length) {
      for (const c of f.counties) counties.add(c);
      for (const c of f.cities) countyCities.add(c);
    } else for (const c of f.cities) cityCities.add(c);
  }
  return (other) => {
    if (!other.known) return false;
    if (other.counties.length)
      return (
        other.counties.some((c) => counties.has(c)) || other.cities.some((c) => cityCities.has(c))
      );
    return other.cities.some((c) => countyCities.has(c) || cityCities.has(c));
  };
}

/** The 4-digit prefixes a record at `p` (written as `code`) and its neighbours are filed under. */
export function prefixesOf(code: string, p: Place): string[] {
  return [...new Set([code.slice(0, 4), ...p.cities])];
}
