/**
 * Blocking: which pairs are worth scoring at all. All-pairs is n²/2 (5·10⁹ at 100 k), so
 * a pair is a candidate only if
 *   (a) both sit in the same county (today's code), or a city-level record and a record
 *       in that city; in a county of more than SUB_BLOCK records, only pairs whose titles
 *       could reach what a verdict needs (sub-blocks.ts: a shared gram of the rarer-first
 *       prefix, a shared rare gram, or a short title), so a large county costs about its
 *       size times its sub-block, not its square;
 *   (b) their title keys are equal, wherever they are (catches a wrong or failed region);
 *   (c) a record whose region was not understood shares rare title n-grams with it
 *       (an IDF-weighted inverted index, top k only).
 * Pairs are visited through a callback: millions of them, no array of tuples kept.
 */
import { rarestGrams, sharedWeight, type Features } from './features';
import { citiesInside, keysOf, titleKeys, type CandidatePostings } from './candidate-postings';
import { SUB_BLOCK, subBlockPairs } from './sub-blocks';

/** Records sharing one title key past this many are boilerplate: pass (b) pairs none of them. */
export const MAX_TITLE_GROUP = 200;

export interface CandidateOptions {
  /** only pairs touching these indexes (an import compares its new records with the ledger) */
  focus?: ReadonlySet<number>;
  /** blocks larger than this are split by rare title n-grams instead of all-pairs */
  maxBlock?: number;
  /** neighbours kept per record in the n-gram index */
  topK?: number;
  /** blocks larger than this visit only the pairs sub-blocking keeps (default SUB_BLOCK) */
  subBlock?: number;
  /**
   * where each key occurs among `fs` (kept with a small ledger's features): a focused pass
   * reads its keys' lists there instead of grouping every record
   */
  postings?: CandidatePostings;
}

export interface CandidateStats {
  pairs: number;
  /** counted when read */
  readonly blocks: number;
}

/** Indexes by key, in index order; with `only`, just those keys (the others cannot matter). */
function groupBy<K>(
  n: number,
  keysOf: (i: number) => Iterable<K>,
  only?: ReadonlySet<K>,
): Map<K, number[]> {
  const m = new Map<K, number[]>();
  for (let i = 0; i < n; i++)
    for (const k of keysOf(i)) {
      if (only && !only.has(k)) continue;
      const list = m.get(k);
      if (list) list.push(i);
      else m.set(k, [i]);
    }
  return m;
}

/**
 * groupBy's answer for the keys in `only`, read from kept postings: the same lists, the
 * keys in the order groupBy meets them (by first position, then by place in that
 * record's keys).
 */
function groupKept<K>(
  lists: ReadonlyMap<K, number[]>,
  only: ReadonlySet<K>,
  keysAt: (i: number) => Iterable<K>,
): Map<K, number[]> {
  const found: [K, number[]][] = [];
  for (const k of only) {
    const list = lists.get(k);
    if (list) found.push([k, list]);
  }
  const rank = (k: K, i: number) => [...keysAt(i)].indexOf(k);
  found.sort(([a, x], [b, y]) => x[0]! - y[0]! || rank(a, x[0]!) - rank(b, y[0]!));
  return new Map(found);
}

/** How many distinct blocks there are (a focused pass groups only its own). */
function blockCount(keys: readonly (readonly string[])[]): number {
  const all = new Set<string>();
  for (const ks of keys) for (const k of ks) all.add(k);
  return all.size;
}

/** The values `of` gives the focus's records: with a focus, the only keys worth grouping. */
function focusValues<K>(
  focus: ReadonlySet<number> | undefined,
  of: (i: number) => Iterable<K>,
): Set<K> | undefined {
  if (!focus) return undefined;
  const out = new Set<K>();
  for (const i of focus) for (const k of of(i)) out.add(k);
  return out;
}

export function forEachCandidate(
  fs: readonly Features[],
  visit: (i: number, j: number) => void,
  opts: CandidateOptions = {},
): CandidateStats {
  const focus = opts.focus;
  // Kept postings answer a focused pass without a look at every record.
  const kept = focus && opts.postings;
  const group = <K>(
    lists: (p: CandidatePostings) => ReadonlyMap<K, number[]>,
    keysAt: (i: number) => Iterable<K>,
  ): Map<K, number[]> =>
    kept
      ? groupKept(lists(kept), focusValues(focus, keysAt)!, keysAt)
      : groupBy(fs.length, keysAt, focusValues(focus, keysAt));
  const all = kept ? null : fs.map((f) => keysOf(f.place));
  const keys = all ? (i: number) => all[i]! : (i: number) => keysOf(fs[i]!.place);
  const sameBlock = (i: number, j: number) => keys(i).some((k) => keys(j).includes(k));
  let count = 0;
  const emit = (i: number, j: number) => {
    if (focus && !focus.has(i) && !focus.has(j)) return;
    count++;
    visit(i, j);
  };
  // Pairs found by passes (b) and (c) that (a) already produced are skipped, by rule, not by a set.
  const extra = new Set<number>();
  const emitExtra = (i: number, j: number) => {
    if (i === j || sameBlock(i, j)) return;
    const k = i < j ? i * fs.length + j : j * fs.length + i;
    if (extra.has(k)) return;
    extra.add(k);
    emit(i, j);
  };
  // With a focus (an import's new records) a pass groups only the keys its records carry:
  // a group without one of them yields no pair the focus wants, in any pass below.

  // (a) region blocks; a record under two of today's codes (a split county) is in both
  const maxBlock = opts.maxBlock ?? 1500;
  const blocks = group((p) => p.blocks, keys);
  for (const [key, m] of blocks) {
    if (m.length > maxBlock) {
      splitByGrams(fs, m, emitExtra);
      continue;
    }
    // the first shared key owns the pair, so it is visited once
    const owns = (i: number, j: number) =>
      (keys(i).length === 1 && keys(j).length === 1) ||
      keys(i).find((k) => keys(j).includes(k)) === key;
    if (m.length > (opts.subBlock ?? SUB_BLOCK)) {
      subBlockPairs(fs, m, focus, (i, j) => owns(i, j) && emit(i, j));
      continue;
    }
    blockPairs(m, focus, (i, j) => {
      if (owns(i, j)) emit(i, j);
    });
  }
  // a city-level record (东莞市, 衢州市) against the records inside its city
  const inCity = kept
    ? groupKept(
        kept.inCity,
        focusValues(focus, (i) => fs[i]!.place.cities)!,
        (i) => citiesInside(fs[i]!),
      )
    : groupBy(
        fs.length,
        (i) => citiesInside(fs[i]!),
        focusValues(focus, (i) => fs[i]!.place.cities),
      );
  // Outside the focus a city-level record can only pair with the focus's records in its
  // city: those are walked (in the city's order, so the same pairs in the same order)
  // instead of the whole city for every such record, which grew with the ledger.
  const focusInCity = new Map<string, number[]>();
  const partners = (c: string, i: number): readonly number[] => {
    if (!focus || focus.has(i)) return (inCity.get(c) ?? []).slice(0, maxBlock);
    let own = focusInCity.get(c);
    if (!own) {
      own = (inCity.get(c) ?? []).slice(0, maxBlock).filter((j) => focus.has(j));
      focusInCity.set(c, own);
    }
    return own;
  };
  const cityLevel = (i: number) => {
    const f = fs[i]!;
    if (!f.place.known || f.place.counties.length) return;
    for (const c of f.place.cities) for (const j of partners(c, i)) emitExtra(i, j);
  };
  if (kept) kept.cityLevel.forEach(cityLevel);
  else fs.forEach((_, i) => cityLevel(i));
  // (b) equal title keys; a key shared by hundreds is boilerplate, not evidence
  const titled = (i: number) => titleKeys(fs[i]!);
  // (a template title can hold a couple of hundred records of a large ledger's pool: only
  // the pairs touching the focus are walked, in the same order)
  for (const m of group((p) => p.titles, titled).values())
    if (m.length > 1 && m.length <= MAX_TITLE_GROUP) blockPairs(m, focus, emitExtra);
  // (c) records whose place is unknown find partners through rare title n-grams
  ngramNeighbours(fs, opts.topK ?? 5, emitExtra, focus, kept || undefined);
  // A focused pass grouped only its own blocks: all of them are counted only if asked (the
  // count is a statistic; an import's check never reads it, and counting a large ledger's
  // pool for every notice cost as much as some of its passes).
  // (kept postings' count is read now: they grow with the next call's records)
  const keptBlocks = kept ? kept.blocks.size : null;
  let counted: number | null = null;
  return {
    pairs: count,
    get blocks() {
      return (counted ??= keptBlocks ?? (focus ? blockCount(all!) : blocks.size));
    },
  };
}

/**
 * The pairs of a block in order (x < y by position). With a focus only pairs touching it
 * are visited — in the same order — so an import's new records cost the block's size
 * each, not the block's square.
 */
function blockPairs(
  m: readonly number[],
  focus: ReadonlySet<number> | undefined,
  visit: (i: number, j: number) => void,
) {
  if (!focus) {
    for (let x = 0; x < m.length; x++) for (let y = x + 1; y < m.length; y++) visit(m[x]!, m[y]!);
    return;
  }
  const focused: number[] = []; // positions in the block of the focus's records
  for (let y = 0; y < m.length; y++) if (focus.has(m[y]!)) focused.push(y);
  if (focused.length === 0) return;
  let next = 0; // the first focused position after x
  for (let x = 0; x < m.length; x++) {
    while (next < focused.length && focused[next]! <= x) next++;
    if (focus.has(m[x]!)) for (let y = x + 1; y < m.length; y++) visit(m[x]!, m[y]!);
    else for (let f = next; f < focused.length; f++) visit(m[x]!, m[focused[f]!]!);
  }
}

function splitByGrams(
  fs: readonly Features[],
  members: readonly number[],
  emit: (i: number, j: number) => void,
) {
  const sub = groupBy(members.length, (x) => rarestGrams(fs[members[x]!]!, 3));
  for (const list of sub.values())
    if (list.length <= 1500)
      for (let x = 0; x < list.length; x++)
        for (let y = x + 1; y < list.length; y++) emit(members[list[x]!]!, members[list[y]!]!);
}

function ngramNeighbours(
  fs: readonly Features[],
  topK: number,
  emit: (i: number, j: number) => void,
  focus: ReadonlySet<number> | undefined,
  kept: CandidatePostings | undefined,
) {
  let unknown = kept
    ? kept.unknown
    : fs.map((f, i) => (f.place.known || !f.key ? -1 : i)).filter((i) => i >= 0);
  if (unknown.length === 0) return;
  // With a focus, only an unknown record that shares a gram with it can find a pair it wants.
  const focusGrams = focusValues(focus, (i) => fs[i]!.gramIds);
  if (focus && focusGrams)
    unknown = unknown.filter((i) => focus.has(i) || fs[i]!.gramIds.some((g) => focusGrams.has(g)));
  if (unknown.length === 0) return;
  // kept postings hold every gram's list; only those of `unknown` are read below
  const postings =
    kept?.grams ??
    groupBy(
      fs.length,
      (i) => fs[i]!.gramIds,
      focusValues(focus && new Set(unknown), (i) => fs[i]!.gramIds),
    );
  const maxDf = Math.max(50, Math.ceil(fs.length * 0.002));
  for (const i of unknown) {
    const f = fs[i]!;
    const near = new Set<number>();
    for (const g of f.gramIds) {
      const list = postings.get(g)!;
      if (list.length > maxDf) continue; // 社区、治理: in everything, says nothing
      for (const j of list) if (j !== i) near.add(j);
    }
    [...near]
      .map((j) => [j, sharedWeight(f, fs[j]!)] as const)
      .filter(([, w]) => w >= 0.4 * f.weight)
      .sort((x, y) => y[1] - x[1])
      .slice(0, topK)
      .forEach(([j]) => emit(i, j));
  }
}
