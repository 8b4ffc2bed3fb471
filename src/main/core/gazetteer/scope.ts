/**
 * What narrows a region string besides its own words: the notice's context (江苏省,
 * 湖北省武汉市) and the previous item of a list (武汉市江汉区、武昌区). Both become a set
 * of units a candidate can lie inside; contexts are parsed once and cached.
 */
import type { Resolution } from '../../../shared/domain';
import { divisionOfCity, matchBingtuan } from './bingtuan';
import { parseChain } from './chain-parser';
import { loadGazetteer, type Gazetteer, type Unit } from './gazetteer-data';
import { normalizeRegionText } from './normalize';
import { UNLISTED_ZONE } from './zone-towns';

export interface Scope {
  units: Unit[];
  corps: boolean;
  /** the corps division the context names (兵团四师) or whose city it is (双河市), for corps units written short */
  division?: string | null;
}

export const EMPTY_SCOPE: Scope = { units: [], corps: false };

// Per gazetteer: a scope holds that gazetteer's units, and a reloaded gazetteer's units are
// other objects, so a scope cached across a reload would match nothing.
const contextCaches = new WeakMap<Gazetteer, Map<string, Scope>>();

export function contextScope(g: Gazetteer, context: string | undefined): Scope {
  if (!context) return EMPTY_SCOPE;
  let contextCache = contextCaches.get(g);
  if (!contextCache) contextCaches.set(g, (contextCache = new Map()));
  const hit = contextCache.get(context);
  if (hit) return hit;
  const { key } = normalizeRegionText(context);
  let scope: Scope = EMPTY_SCOPE;
  const corps = matchBingtuan(key, 0, false);
  if (corps) scope = { units: [], corps: true, division: corps.division };
  else {
    const chain = parseChain(g, key, 0);
    const last = chain.parts[chain.parts.length - 1];
    if (last?.zone)
      scope = { units: last.zone.counties.flatMap((c) => g.byCode.get(c) ?? []), corps: false };
    else if (last) scope = { units: last.units, corps: false };
  }
  if (scope.units.length === 0 && !scope.corps) scope = zoneContext(g, key);
  scope = withDivisionOfCity(scope);
  if (contextCache.size > 1000) contextCache.clear();
  contextCache.set(context, scope);
  return scope;
}

/**
 * A context that is the city a corps division runs (双河市 for 第五师): the units a list
 * writes next to it may be the corps' own, written as its papers write them (七师一二九团, a
 * regiment alone). The division is kept beside the city; the city stays an ordinary context
 * (corps stays false, so nothing else reads it as the corps).
 */
function withDivisionOfCity(scope: Scope): Scope {
  if (scope.corps || scope.units.length === 0) return scope;
  const divisions = new Set(scope.units.map((u) => divisionOfCity(u.code)));
  const [division] = divisions;
  return divisions.size === 1 && division ? { ...scope, division } : scope;
}

/**
 * A context that is a zone nobody listed ("成都东部新区", a heading or issuer): the zone is
 * no division, but the place named in front of the zone word is, and the zone's townships
 * are searched there. The place may be written short and run into the zone's own name
 * (成都 + 东部新区), so the longest front part that reads as a place alone is taken.
 */
function zoneContext(g: Gazetteer, key: string): Scope {
  const word = UNLISTED_ZONE.exec(key);
  if (!word) return EMPTY_SCOPE;
  const stem = key.slice(0, word[0].length - (word[1]?.length ?? 0));
  for (let n = stem.length; n >= 2; n--) {
    const chain = parseChain(g, stem.slice(0, n), 0);
    const last = chain.parts[chain.parts.length - 1];
    if (last && !last.zone && chain.end === n && last.units.length)
      return { units: last.units, corps: false };
  }
  return EMPTY_SCOPE;
}

/** The county-level unit (or larger) the previous item resolved to. */
export function previousScope(g: Gazetteer, previous: Resolution | undefined): Scope {
  if (!previous?.code) return EMPTY_SCOPE;
  if (previous.code.startsWith('66')) return { units: [], corps: true };
  // A corps unit read as its division's city (四师六十四团 → 可克达拉市): a regiment or farm
  // written next, alone, belongs to the same division.
  const division = divisionOfCity(previous.code);
  const code6 = previous.code.slice(0, 6);
  const versions = g.byCode.get(code6) ?? [];
  const county = previous.names.county;
  const match = versions.filter(
    (u) => county === null || u.name === county || u.level !== 'county',
  );
  return division
    ? { units: match.length ? match : versions, corps: true, division }
    : { units: match.length ? match : versions, corps: false };
}

/** The code prefix of every unit of the scope: what a code inside it starts with. */
export function scopeCodePrefixes(scope: Scope): string[] {
  return scope.units.map((u) =>
    u.level === 'province' ? u.code.slice(0, 2) : u.level === 'city' ? u.code.slice(0, 4) : u.code,
  );
}

/** Deepest scope prefixes usable for township search (counties, or prefectures). */
export function townScopePrefixes(scope: Scope): string[] {
  const out: string[] = [];
  for (const u of scope.units) {
    if (u.level === 'county') out.push(u.code, ...u.successors);
    else if (u.level === 'city') out.push(u.code.slice(0, 4));
    else if (isMunicipality(u.code)) out.push(u.code.slice(0, 2));
  }
  return out;
}

/** 北京, 天津, 上海, 重庆: provinces that are cities, whose districts hold townships. */
export const isMunicipality = (code: string): boolean => /^(11|12|31|50)/.test(code);

/**
 * The code prefixes a fallback reading must stay inside: the notice's context, and only
 * where the first reading found nothing at all (no code, no candidates); null where the
 * fallback must not run (a reading to keep, or no context to hold a guess to).
 */
export function fallbackPrefixes(
  first: { code: string | null; candidates: readonly unknown[] },
  context: string | undefined,
): string[] | null {
  if (first.code !== null || first.candidates.length || !context) return null;
  const prefixes = scopeCodePrefixes(contextScope(loadGazetteer(), context));
  return prefixes.length ? prefixes : null;
}
