/**
 * Which stored region codes can hold a record that matches one placed at `places`: the
 * codes filed under the same cities (as written and as today's units), kept when their
 * unit is the same county today or one side is the other's city. Renamed and re-coded
 * units map to today's codes first, so 江干区 (330104) is near 上城区 (330102).
 */
import { gazetteerPredecessors, gazetteerRegions } from '../../core/dedupe/gazetteer-regions';
import {
  nearAnyOf,
  placeOf,
  prefixesOf,
  type Place,
  type RegionMapper,
} from '../../core/dedupe/region';
import type Database from 'better-sqlite3';
import { keptLiveCodes } from '../../db/queries/kept-region-codes';
import { liveRegionCodes } from '../../db/queries/region-codes';

let regions: RegionMapper | null = null;
export const regionMapper = () => (regions ??= gazetteerRegions());
let earlier: RegionMapper | null = null;
const predecessorsOf = () => (earlier ??= gazetteerPredecessors());

/** Places by code, per mapper: the checks ask the same few hundred codes again and again. */
const placesByMapper = new WeakMap<RegionMapper, Map<string | null, Place>>();

/** Live region codes under city prefixes, read for a set of codes before they are asked. */
export interface KeptRegionCodes {
  (prefixes: readonly string[]): string[];
  /** Makes ready every prefix codesNear will ask for these codes. */
  readAhead(codes: readonly (string | null)[]): void;
  /**
   * The notice wrote records filed under these codes (new records, and joined ones an
   * update may have moved): they join the prefixes already read, so reads after the
   * notice's writes (its duplicate check) hold every live code a fresh read would. A kept
   * code no live record holds any more selects no record, so none need be taken away.
   */
  wrote(codes: readonly string[]): void;
}

/**
 * liveRegionCodes for one notice's import: its identity check (before it writes) and its
 * duplicate check (after, told what it wrote) ask about the same few cities, later notices
 * about many of them again, so the live codes are kept per connection
 * (db/queries/kept-region-codes.ts) and brought up to date once, here. Inside the import's
 * operation nothing else writes, so nothing else can change them. The same records are
 * selected as by one read of all the prefixes: the codes may come in another order, and
 * may hold codes no live record holds any more, which select nothing (every reader treats
 * them as a set of codes to read live records by).
 */
export function keptRegionCodes(db: Database.Database): KeptRegionCodes {
  const codes = keptLiveCodes(db);
  const kept = (prefixes: readonly string[]) => {
    const out = new Set<string>();
    for (const p of new Set(prefixes)) for (const c of codes.under(p)) out.add(c);
    return [...out];
  };
  kept.readAhead = (near: readonly (string | null)[]) => {
    for (const p of prefixesNear(focusOf(near, regionMapper()))) codes.under(p);
  };
  kept.wrote = (written: readonly string[]) => codes.add(written);
  return kept;
}

/** A place from a region code alone (which county or city it is today). */
export function placeOfCode(code: string | null, map: RegionMapper = regionMapper()): Place {
  let places = placesByMapper.get(map);
  if (!places) placesByMapper.set(map, (places = new Map()));
  let place = places.get(code);
  if (!place) {
    place = placeOf(
      {
        id: 0,
        kind: '',
        programme: null,
        year: null,
        batch: null,
        regionCode: code,
        unitCode: null,
        town: null,
        title: null,
      },
      map,
      () => '',
    );
    places.set(code, place);
  }
  return place;
}

/** The codes a check is about that are placed somewhere, with their places. */
function focusOf(codes: readonly (string | null)[], map: RegionMapper) {
  return [...new Set(codes)]
    .map((c) => ({ code: c, place: placeOfCode(c, map) }))
    .filter((f): f is { code: string; place: Place } => f.place.known && f.code !== null);
}

/** The city prefixes whose codes can be near these: as written, today's, and former ones. */
function prefixesNear(focus: readonly { code: string; place: Place }[]): string[] {
  return focus.flatMap((f) => [
    ...prefixesOf(f.code, f.place),
    ...f.place.counties.flatMap((c) => predecessorsOf()(c).map((old) => old.slice(0, 4))),
  ]);
}

/**
 * The stored codes near any of these codes (each a record's region code). `stored` reads
 * the live codes under city prefixes (a caller asking for many codes at once may keep them).
 */
export function codesNear(
  db: Database.Database,
  codes: readonly (string | null)[],
  stored: (prefixes: readonly string[]) => string[] = (p) => liveRegionCodes(db, p),
): string[] {
  const map = regionMapper();
  const focus = focusOf(codes, map);
  if (focus.length === 0) return [];
  const near = nearAnyOf(focus.map((f) => f.place));
  return stored(prefixesNear(focus)).filter((c) => near(placeOfCode(c, map)));
}
