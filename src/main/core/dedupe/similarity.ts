/**
 * String measures that behave on short Chinese titles (see the curation notes: bigram
 * Dice collapses on ≤4 characters, Jaro-Winkler rewards shared prefixes). All work on
 * code points, so a character outside the BMP counts once.
 */

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** Levenshtein distance over code-point arrays, two rows of memory. */
export function levenshtein(a: readonly number[], b: readonly number[]): number {
  if (a.length < b.length) [a, b] = [b, a];
  if (b.length === 0) return a.length;
  // Rows are reused across calls: millions of pairs, no garbage.
  if (rowA.length <= b.length)
    [rowA, rowB] = [new Int32Array(b.length * 2 + 2), new Int32Array(b.length * 2 + 2)];
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b[j - 1] ? 0 : 1;
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      const sub = prev[j - 1]! + cost;
      cur[j] = del < ins ? (del < sub ? del : sub) : ins < sub ? ins : sub;
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** 1 − distance / longer length. */
export function normalizedLevenshtein(a: readonly number[], b: readonly number[]): number {
  const n = Math.max(a.length, b.length);
  return n === 0 ? 1 : 1 - levenshtein(a, b) / n;
}

/**
 * A title cut short is contained in the complete one. A cut at the end (a prefix) is what
 * truncation looks like, so it counts more than a match in the middle; the longer the
 * kept part, the surer. `flagged`: the notice itself said the title was cut.
 */
export function containment(short: string, long: string, flagged: boolean): number {
  if (short.length < 3 || short.length >= long.length) return 0;
  const ratio = [...short].length / [...long].length;
  if (long.startsWith(short)) return flagged ? 0.97 : 0.85 + 0.15 * ratio;
  if (long.includes(short)) return 0.75 + 0.15 * ratio;
  return 0;
}
