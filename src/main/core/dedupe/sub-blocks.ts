/**
 * A large county block without its square: only pairs whose titles could reach what any
 * verdict needs are visited. A duplicate in one county needs a title similarity of at
 * least 0.5 (score.ts: 0.7·title + 0.2 + 0.1 ≥ the review threshold 0.65), and a related
 * link an overlap of 0.5, or 0.15 with a shared rare word. Weighted overlap of ≥ τ of the
 * smaller title means some shared gram lies in that title's prefix — its rarest grams
 * until what is left weighs less than τ of it (prefix filtering) — so probing each
 * record's prefix and rare grams against the block's postings of all grams finds every
 * such pair. Titles of ≤ 4 characters are compared by characters (their grams are not
 * bigrams, and one may sit inside a longer title), so they still meet the whole block.
 */
import type { Features } from './features';

/** Blocks up to this size are compared all-pairs (cheap, and exactly as before). */
export const SUB_BLOCK = 16;
/** The overlap, of the smaller title, below which no verdict is possible. */
const MIN_OVERLAP = 0.5;
/**
 * A gram shared by more of the block than this is a template word of the county's titles
 * (构建…工作体系): its records are compared in title order with their WINDOW nearest on
 * each side (sorted neighbourhood), as near-identical titles sort next to each other.
 */
const LONG_POSTING = 8;
const WINDOW = 4;

/** The gram ids of a record's prefix: rarest first, until the rest weighs < τ of the title. */
export function prefixGrams(f: Features, tau = MIN_OVERLAP): number[] {
  const order = [...f.gramIds.keys()].sort(
    (p, q) => f.gramWeights[q]! - f.gramWeights[p]! || f.gramIds[p]! - f.gramIds[q]!,
  );
  const out: number[] = [];
  let rest = f.weight;
  for (const k of order) {
    if (rest < tau * f.weight) break;
    out.push(f.gramIds[k]!);
    rest -= f.gramWeights[k]!;
  }
  return out;
}

/**
 * Visits the pairs of `members` (indexes into fs) that sub-blocking keeps, each once.
 * With a focus (an import's new records), focus records probe all their grams instead of
 * their prefix, so a pair is found from the focus side alone and the rest probe nothing.
 */
export function subBlockPairs(
  fs: readonly Features[],
  members: readonly number[],
  focus: ReadonlySet<number> | undefined,
  visit: (i: number, j: number) => void,
): void {
  const n = members.length;
  // With a focus only its records probe, and only with their own grams: the others' lists
  // are never read, and the title order below (for records that are not the focus) is
  // never needed.
  let probed: Set<number> | null = null;
  if (focus) {
    probed = new Set();
    for (const i of members) if (focus.has(i)) for (const g of fs[i]!.gramIds) probed.add(g);
  }
  const postings = new Map<number, number[]>();
  const short: number[] = [];
  members.forEach((i, x) => {
    const f = fs[i]!;
    if (f.points.length <= 4) short.push(x);
    for (const g of f.gramIds) {
      if (probed && !probed.has(g)) continue;
      const list = postings.get(g);
      if (list) list.push(x);
      else postings.set(g, [x]);
    }
  });
  let rank: Int32Array | null = null;
  const rankOf = () => {
    if (rank) return rank;
    const r = new Int32Array(n);
    members
      .map((i, x) => [fs[i]!.key, x] as const)
      .sort((p, q) => (p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : p[1] - q[1]))
      .forEach(([, x], k) => (r[x] = k));
    return (rank = r);
  };
  const ordered = new Map<number, { list: number[]; at: Map<number, number> }>();
  const inOrder = (g: number, list: number[]) => {
    let o = ordered.get(g);
    if (!o) {
      const rank = rankOf();
      const sorted = [...list].sort((p, q) => rank[p]! - rank[q]!);
      o = { list: sorted, at: new Map(sorted.map((x, k) => [x, k])) };
      ordered.set(g, o);
    }
    return o;
  };
  const seen = new PairsSeen(n);
  const pair = (x: number, y: number) => {
    if (x === y || !seen.add(x, y)) return;
    const i = members[x]!;
    const j = members[y]!;
    visit(i < j ? i : j, i < j ? j : i);
  };
  // The pairs of x with the records on g's list (its WINDOW nearest in title order when the
  // list is long), in list order: plain loops, as this runs for every gram a record probes.
  const pairAlong = (x: number, g: number) => {
    const list = postings.get(g);
    if (!list) return;
    if (list.length <= LONG_POSTING || (focus && focus.has(members[x]!))) {
      for (let k = 0; k < list.length; k++) pair(x, list[k]!);
      return;
    }
    const o = inOrder(g, list);
    const k = o.at.get(x);
    if (k === undefined) return;
    const end = Math.min(o.list.length, k + WINDOW + 1);
    for (let m = Math.max(0, k - WINDOW); m < end; m++) pair(x, o.list[m]!);
  };
  members.forEach((i, x) => {
    const f = fs[i]!;
    if (focus && !focus.has(i)) return;
    if (focus) for (const g of f.gramIds) pairAlong(x, g);
    else {
      for (const g of prefixGrams(f)) pairAlong(x, g);
      for (const g of f.rare) pairAlong(x, g);
    }
  });
  for (const x of short)
    for (let y = 0; y < n; y++)
      if (!focus || focus.has(members[x]!) || focus.has(members[y]!)) pair(x, y);
}

/** Above this many members a block's pairs seen are kept in a Set instead of a bit per pair. */
const BITS_UP_TO = 2048;

/**
 * The unordered pairs of a block's members visited so far: one bit per pair (a block of a
 * few hundred records takes some kilobytes), which a large ledger's focused check marks for
 * every gram its records probe; a Set of pair numbers past BITS_UP_TO members.
 */
class PairsSeen {
  private readonly bits: Uint32Array | null;
  private readonly set: Set<number> | null;
  constructor(private readonly n: number) {
    this.bits = n <= BITS_UP_TO ? new Uint32Array(Math.ceil((n * n) / 32)) : null;
    this.set = this.bits ? null : new Set();
  }
  /** Marks {x, y}; false when it was marked already. */
  add(x: number, y: number): boolean {
    const k = x < y ? x * this.n + y : y * this.n + x;
    if (this.bits) {
      const w = k >>> 5;
      const bit = 1 << (k & 31);
      if (this.bits[w]! & bit) return false;
      this.bits[w]! |= bit;
      return true;
    }
    if (this.set!.has(k)) return false;
    this.set!.add(k);
    return true;
  }
}
