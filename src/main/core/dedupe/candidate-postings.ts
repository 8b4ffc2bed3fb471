/**
 * Where each blocking key of the finder's candidate passes (candidates.ts) occurs, by
 * position, kept with the features of a small ledger (feature-index.ts) and extended as
 * records come: an import's check asks only about the keys its own records carry, and
 * grouping every record of the ledger by key again for each notice was most of its
 * candidate pass. The lists are what grouping the records in order gives. Each kind of
 * key is listed when first asked (the n-grams only when a record placed nowhere needs
 * them), then kept up to date.
 */
import { blockKeys, type Place } from './region';

/** What the passes group a record by. */
interface Keyed {
  key: string;
  gramIds: Int32Array;
  place: Place;
}

/**
 * Blocking keys per place: the finder's index shares one place object among the records
 * filed at the same place, and keeps it across an import's checks.
 */
const keysByPlace = new WeakMap<Place, readonly string[]>();
export function keysOf(p: Place): readonly string[] {
  let k = keysByPlace.get(p);
  if (!k) keysByPlace.set(p, (k = blockKeys(p)));
  return k;
}

/** A pass's title key: a short one is no evidence. */
export const titleKeys = (f: Pick<Keyed, 'key'>): string[] => (f.key.length >= 4 ? [f.key] : []);

/** The cities a record inside a city blocks with its city-level records under. */
export const citiesInside = (f: Pick<Keyed, 'place'>): readonly string[] =>
  f.place.counties.length ? f.place.cities : [];

const isCityLevel = (f: Keyed) => f.place.known && !f.place.counties.length;
const isUnplaced = (f: Keyed) => !f.place.known && !!f.key;

/** One kind of key: its lists by key, built from every record when first asked. */
class Lists<K> {
  private built: Map<K, number[]> | null = null;
  constructor(private readonly keysOf: (f: Keyed) => Iterable<K>) {}
  get(records: readonly Keyed[]): Map<K, number[]> {
    if (!this.built) {
      this.built = new Map();
      records.forEach((f, i) => this.add(f, i));
    }
    return this.built;
  }
  add(f: Keyed, i: number): void {
    if (!this.built) return; // listed with the rest when first asked
    for (const k of this.keysOf(f)) {
      const list = this.built.get(k);
      if (list) list.push(i);
      else this.built.set(k, [i]);
    }
  }
}

/** Positions of the records that are so, built when first asked. */
class Positions {
  private built: number[] | null = null;
  constructor(private readonly is: (f: Keyed) => boolean) {}
  get(records: readonly Keyed[]): readonly number[] {
    if (!this.built) {
      this.built = [];
      records.forEach((f, i) => this.add(f, i));
    }
    return this.built;
  }
  add(f: Keyed, i: number): void {
    if (this.built && this.is(f)) this.built.push(i);
  }
}

export class CandidatePostings {
  private readonly records: Keyed[] = [];
  private readonly lists = {
    blocks: new Lists((f) => keysOf(f.place)),
    inCity: new Lists(citiesInside),
    titles: new Lists(titleKeys),
    grams: new Lists<number>((f) => f.gramIds),
  };
  private readonly positions = {
    cityLevel: new Positions(isCityLevel),
    unknown: new Positions(isUnplaced),
  };

  constructor(records: readonly Keyed[] = []) {
    this.records = [...records];
  }

  /** region blocks (pass a) */
  get blocks(): ReadonlyMap<string, number[]> {
    return this.lists.blocks.get(this.records);
  }
  /** records inside each city (pass a, city level) */
  get inCity(): ReadonlyMap<string, number[]> {
    return this.lists.inCity.get(this.records);
  }
  /** title keys (pass b) */
  get titles(): ReadonlyMap<string, number[]> {
    return this.lists.titles.get(this.records);
  }
  /** title n-grams (pass c) */
  get grams(): ReadonlyMap<number, number[]> {
    return this.lists.grams.get(this.records);
  }
  /** records placed at city level */
  get cityLevel(): readonly number[] {
    return this.positions.cityLevel.get(this.records);
  }
  /** records placed nowhere that have a title key */
  get unknown(): readonly number[] {
    return this.positions.unknown.get(this.records);
  }

  /** The next record, at the next position. */
  add(f: Keyed): void {
    const i = this.records.length;
    this.records.push(f);
    for (const l of Object.values(this.lists)) l.add(f, i);
    for (const p of Object.values(this.positions)) p.add(f, i);
  }
}
