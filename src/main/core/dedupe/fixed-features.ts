/**
 * What a record's features are whatever the other records hold: its title's key and code
 * points, its place and the list it was published in. Worked out once per frozen row (the
 * rows a check keeps between notices are the same frozen objects,
 * db/queries/kept-dedupe-rows.ts) and, below that, once per title, place and list: a large
 * ledger's check reads about a thousand rows it has not seen for each notice, and building
 * a text key of each one's place and list, then hashing it, was a third of their features.
 */
import { keptAcrossCalls } from './kept-across-calls';
import type { Features } from './features';
import { titleKeptKey, unitNameKey } from './normalize';
import { placeOf, type Place, type RegionMapper } from './region';
import type { DedupeRecord } from './types';

export interface Fixed extends Pick<Features, 'key' | 'points' | 'sortedPoints' | 'place'> {
  /** kind|programme|year|batch as a number: equal exactly when the lists are */
  list: number;
}

/** What a title gives every record that has it. */
type TitleShape = Pick<Fixed, 'key' | 'points' | 'sortedPoints'>;

/**
 * Kept by title, not by record: a large ledger's check reads the records near each notice
 * as new rows on a new connection, and many of them share a title (a case honoured in
 * several programmes, a template title), so its code points are worked out once too.
 * The arrays are shared by the features of every record of that title and never changed.
 */
const titleShapeOf = keptAcrossCalls((title): TitleShape => {
  // the title's key as the join by title keeps it (title-identity.ts), made once for both
  const key = titleKeptKey(title);
  const points = Array.from(key, (c) => c.codePointAt(0)!);
  return { key, points, sortedPoints: Int32Array.from(points).sort() };
});
const townKeyOf = keptAcrossCalls(unitNameKey);
const townKey = (s: string | null) => (s ? townKeyOf(s) : '');

/** A map of maps, each level keyed by one of the row's own values: no key text built. */
type Levels<T> = Map<unknown, T>;
function below<T>(m: Levels<Levels<T>>, k: unknown): Levels<T> {
  let v = m.get(k);
  if (v === undefined) m.set(k, (v = new Map()));
  return v;
}

/**
 * Places by region code, unit code and town, per region mapper, kept across indexes: a
 * large ledger's check builds a fresh index over the records near each notice, mostly at
 * the places the notice before read. A place depends on nothing else. Bounded like the keys.
 */
interface Places {
  byCode: Levels<Levels<Levels<Place>>>;
  size: number;
}
const placesByMapper = new WeakMap<RegionMapper, Places>();

function placeFor(rec: DedupeRecord, regions: RegionMapper): Place {
  let places = placesByMapper.get(regions);
  if (!places || places.size >= 100_000)
    placesByMapper.set(regions, (places = { byCode: new Map(), size: 0 }));
  const byTown = below(below(places.byCode, rec.regionCode), rec.unitCode);
  let place = byTown.get(rec.town);
  if (!place) {
    byTown.set(rec.town, (place = placeOf(rec, regions, townKey)));
    places.size++;
  }
  return place;
}

/**
 * Lists by kind, programme, year and batch (a missing value as an empty one). Never cleared:
 * a number kept in a row's fixed part must not come to mean another list, and a ledger has
 * few lists (programmes × years × batches).
 */
const lists: Levels<Levels<Levels<Levels<number>>>> = new Map();
let listCount = 0;
function listOf(r: DedupeRecord): number {
  const byBatch = below(below(below(lists, r.kind), r.programme ?? ''), r.year ?? '');
  let list = byBatch.get(r.batch ?? '');
  if (list === undefined) byBatch.set(r.batch ?? '', (list = listCount++));
  return list;
}

/** Per region mapper, the fixed part of frozen rows (a row that may still change is worked out each time). */
const fixedByMapper = new WeakMap<RegionMapper, WeakMap<DedupeRecord, Fixed>>();

export function fixedOf(rec: DedupeRecord, regions: RegionMapper): Fixed {
  let kept = fixedByMapper.get(regions);
  if (!kept) fixedByMapper.set(regions, (kept = new WeakMap()));
  const known = kept.get(rec);
  if (known) return known;
  const { key, points, sortedPoints } = titleShapeOf(rec.title ?? '');
  const fixed: Fixed = {
    key,
    points,
    sortedPoints,
    place: placeFor(rec, regions),
    list: listOf(rec),
  };
  if (Object.isFrozen(rec)) kept.set(rec, fixed);
  return fixed;
}
