/**
 * Everything a pair comparison needs, computed once per record: the title key, its code
 * points, its n-grams as sorted integer ids weighted by inverse document frequency over
 * the whole ledger, and the record's place. Pair scoring then only merges small sorted
 * arrays — strings and Maps per pair were most of the time at 100 k records.
 */
import { placeOf, type Place, type RegionMapper } from './region';
import { titleKey, unitNameKey } from './normalize';
import type { DedupeRecord } from './types';

export interface Features {
  rec: DedupeRecord;
  key: string;
  points: number[];
  /** the same code points sorted: a cheap upper bound on edit similarity */
  sortedPoints: Int32Array;
  /** n-gram ids, ascending; bigrams, or single characters for keys of ≤ 4 characters */
  gramIds: Int32Array;
  /** IDF weight of each gram, same order */
  gramWeights: Float64Array;
  weight: number;
  /** grams so rare in this ledger that sharing one is a signal by itself */
  rare: Int32Array;
  place: Place;
  /** kind|programme|year|batch as a small integer: the list the record was published in */
  context: number;
}

/**
 * A key function with its answers kept across calls: every import's duplicate check builds
 * features for the records near its own, mostly the same records as the import before, and
 * normalising their titles and towns again was a fifth of the work. Bounded: cleared when full.
 */
function keptAcrossCalls(key: (s: string) => string): (s: string) => string {
  const kept = new Map<string, string>();
  return (s) => {
    let k = kept.get(s);
    if (k === undefined) {
      if (kept.size >= 100_000) kept.clear();
      kept.set(s, (k = key(s)));
    }
    return k;
  };
}

const titleKeyOf = keptAcrossCalls(titleKey);
const townKeyOf = keptAcrossCalls(unitNameKey);

/**
 * Characters are numbered densely first, so a bigram id (c1·2¹⁴ + c2) stays a small
 * integer — Maps keyed by small integers are several times faster than by strings or
 * large doubles. Unigram ids are negative, so they never meet a bigram id.
 */
class GramIds {
  private chars = new Map<number, number>();
  private static readonly SHIFT = 1 << 14;
  char(cp: number): number {
    let c = this.chars.get(cp);
    if (c === undefined) this.chars.set(cp, (c = this.chars.size + 1));
    return c;
  }
  of(points: readonly number[]): number[] {
    const cs = points.map((p) => this.char(p));
    // Short keys compare by characters: two 3-character names share no bigram after one typo.
    // Past 16 k distinct characters bigram ids would collide; later records degrade to unigrams.
    if (cs.length <= 4 || this.chars.size >= GramIds.SHIFT) return [...new Set(cs.map((c) => -c))];
    const out = new Set<number>();
    for (let i = 0; i + 1 < cs.length; i++) out.add(cs[i]! * GramIds.SHIFT + cs[i + 1]!);
    return [...out];
  }
}

export function buildFeatures(records: readonly DedupeRecord[], regions: RegionMapper): Features[] {
  const keys = records.map((r) => titleKeyOf(r.title ?? ''));
  const points = keys.map((k) => Array.from(k, (c) => c.codePointAt(0)!));
  const numbering = new GramIds();
  const gramLists = points.map((p) => Int32Array.from(numbering.of(p)).sort());
  const df = new Map<number, number>();
  for (const list of gramLists) for (const g of list) df.set(g, (df.get(g) ?? 0) + 1);
  const n = Math.max(records.length, 1);
  const rareDf = 5 + n / 2000;
  const townKey = (s: string | null) => (s ? townKeyOf(s) : '');
  const placeCache = new Map<string, Place>();
  const contexts = new Map<string, number>();
  return records.map((rec, i) => {
    const ids = gramLists[i]!;
    const weights = new Float64Array(ids.length);
    let weight = 0;
    const rare: number[] = [];
    ids.forEach((g, k) => {
      const d = df.get(g)!;
      weights[k] = Math.log(1 + n / d);
      weight += weights[k]!;
      if (d > 1 && d <= rareDf) rare.push(g);
    });
    const placeId = `${rec.regionCode}|${rec.unitCode}|${rec.town}`;
    let place = placeCache.get(placeId);
    if (!place) placeCache.set(placeId, (place = placeOf(rec, regions, townKey)));
    const ctx = `${rec.kind}|${rec.programme ?? ''}|${rec.year ?? ''}|${rec.batch ?? ''}`;
    let context = contexts.get(ctx);
    if (context === undefined) contexts.set(ctx, (context = contexts.size));
    return {
      rec,
      key: keys[i]!,
      points: points[i]!,
      sortedPoints: Int32Array.from(points[i]!).sort(),
      gramIds: ids,
      gramWeights: weights,
      weight,
      rare: Int32Array.from(rare),
      place,
      context,
    };
  });
}

/** Weight of the grams two records share (a merge of two sorted arrays). */
export function sharedWeight(a: Features, b: Features): number {
  const x = a.gramIds;
  const y = b.gramIds;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      shared += a.gramWeights[i]!;
      i++;
      j++;
    } else if (x[i]! < y[j]!) i++;
    else j++;
  }
  return shared;
}

/** Characters two titles have in common (with repeats): edit similarity ≤ this / longer length. */
export function commonChars(a: Features, b: Features): number {
  const x = a.sortedPoints;
  const y = b.sortedPoints;
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      n++;
      i++;
      j++;
    } else if (x[i]! < y[j]!) i++;
    else j++;
  }
  return n;
}

export function sharesRare(a: Features, b: Features): boolean {
  for (const g of a.rare) if (b.rare.includes(g)) return true;
  return false;
}

/** The n-grams of a record that are rarest in the ledger (most informative first). */
export function rarestGrams(f: Features, limit: number): number[] {
  return [...f.gramIds.keys()]
    .sort((p, q) => f.gramWeights[q]! - f.gramWeights[p]!)
    .slice(0, limit)
    .map((k) => f.gramIds[k]!);
}
