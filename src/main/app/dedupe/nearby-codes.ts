/**
 * Which stored region codes can hold a record that matches one placed at `places`: the
 * codes filed under the same cities (as written and as today's units), kept when their
 * unit is the same county today or one side is the other's city. Renamed and re-coded
 * units map to today's codes first, so 江干区 (330104) is near 上城区 (330102).
 */
import { gazetteerPredecessors, gazetteerRegions } from '../../core/dedupe/gazetteer-regions';
import {
  placeOf,
  placesNear,
  prefixesOf,
  type Place,
  type RegionMapper,
} from '../../core/dedupe/region';
import type Database from 'better-sqlite3';
import { liveRegionCodes } from '../../db/queries/region-codes';

let regions: RegionMapper | null = null;
export const regionMapper = () => (regions ??= gazetteerRegions());
let earlier: RegionMapper | null = null;
const predecessorsOf = () => (earlier ??= gazetteerPredecessors());

/** Places by code, per mapper: the checks ask the same few hundred codes again and again. */
const placesByMapper = new WeakMap<RegionMapper, Map<string | null, Place>>();

/**
 * liveRegionCodes kept by prefix for reads that see one state of the ledger (a notice's
 * identity check, before it writes): the items of a notice share a few cities. Same codes,
 * in the same order, as one read of all the prefixes.
 */
export function keptRegionCodes(db: Database.Database): (prefixes: readonly string[]) => string[] {
  const byPrefix = new Map<string, string[]>();
  return (prefixes) => {
    const out = new Set<string>();
    for (const p of new Set(prefixes)) {
      let codes = byPrefix.get(p);
      if (!codes) byPrefix.set(p, (codes = liveRegionCodes(db, [p])));
      for (const c of codes) out.add(c);
    }
    return [...out];
  };
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
  const focus = [...new Set(codes)]
    .map((c) => ({ code: c, place: placeOfCode(c, map) }))
    .filter((f): f is { code: string; place: Place } => f.place.known && f.code !== null);
  if (focus.length === 0) return [];
  const near = stored(
    focus.flatMap((f) => [
      ...prefixesOf(f.code, f.place),
      ...f.place.counties.flatMap((c) => predecessorsOf()(c).map((old) => old.slice(0, 4))),
    ]),
  );
  return near.filter((c) => {
    const p = placeOfCode(c, map);
    return focus.some((f) => placesNear(f.place, p));
  });
}
