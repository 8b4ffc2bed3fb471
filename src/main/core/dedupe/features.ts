/**
 * Everything a pair comparison needs, computed once per record: the title key, its code
 * points, its n-grams as sorted integer ids weighted by inverse document frequency over
 * the whole ledger, and the record's place. Pair scoring then only merges small sorted
 * arrays — strings and Maps per pair were most of the time at 100 k records. Built by
 * feature-index.ts.
 */
import type { Place } from './region';
import type { DedupeRecord } from './types';

export interface Features {
  rec: DedupeRecord;
  key: string;
  points: readonly number[];
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
