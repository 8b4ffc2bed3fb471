/**
 * Builds the finder's per-record features (features.ts) and keeps them for the next call:
 * an import checks each notice against the whole of a small ledger, which is the ledger
 * of the notice before plus the records that notice added. Everything about a record that
 * does not depend on the others (title key, code points, n-grams, place, list) is computed
 * once; the ledger-wide part (document frequencies) is counted as records come. Only the
 * weights, which depend on every record, are worked out again — from kept counts.
 *
 * The answer is the same as building from scratch: n-gram ids are numbered in the order
 * the records come, so the index only extends itself when the new records come after all
 * the ones it holds (the same objects, in the same order); any other change (a record
 * merged away, edited or brought back) starts it afresh.
 */
import { CandidatePostings } from './candidate-postings';
import type { Features } from './features';
import { fixedOf } from './fixed-features';
import type { Place, RegionMapper } from './region';
import type { DedupeRecord } from './types';

/**
 * Characters are numbered densely first, so a bigram id (c1·2¹⁴ + c2) stays a small
 * integer — Maps keyed by small integers are several times faster than by strings or
 * large doubles. Unigram ids are negative, so they never meet a bigram id.
 */
class GramIds {
  private chars = new Map<number, number>();
  static readonly SHIFT = 1 << 14;
  get size(): number {
    return this.chars.size;
  }
  char(cp: number): number {
    let c = this.chars.get(cp);
    if (c === undefined) this.chars.set(cp, (c = this.chars.size + 1));
    return c;
  }
  /**
   * The grams of a key's code points, ascending, each once. Written straight into one typed
   * array, sorted and compacted there: a large ledger's check numbers the grams of every
   * record near its notice afresh, and a Set, two arrays and a copy per record were a good
   * part of it (and of the garbage collector's work).
   */
  of(points: readonly number[]): Int32Array {
    const n = points.length;
    const cs = new Int32Array(n);
    // numbered in the key's order: the numbers depend on which character came first
    for (let i = 0; i < n; i++) cs[i] = this.char(points[i]!);
    // Short keys compare by characters: two 3-character names share no bigram after one typo.
    // Past 16 k distinct characters bigram ids would collide; later records degrade to unigrams.
    if (n <= 4 || this.chars.size >= GramIds.SHIFT) {
      for (let i = 0; i < n; i++) cs[i] = -cs[i]!;
      return distinctSorted(cs);
    }
    const grams = new Int32Array(n - 1);
    for (let i = 0; i + 1 < n; i++) grams[i] = cs[i]! * GramIds.SHIFT + cs[i + 1]!;
    return distinctSorted(grams);
  }
}

/** The values of `a` ascending, each once (sorts `a` in place). */
function distinctSorted(a: Int32Array): Int32Array {
  a.sort();
  let n = 0;
  for (let i = 0; i < a.length; i++) if (i === 0 || a[i] !== a[n - 1]) a[n++] = a[i]!;
  return n === a.length ? a : a.slice(0, n);
}

/** What a record's features are apart from the weights (those depend on the whole ledger). */
type Own = Omit<Features, 'gramWeights' | 'weight' | 'rare'>;

/** Document frequencies as of one call: the weights they give a record's grams. */
class Idf {
  private readonly n: number;
  private readonly rareDf: number;
  private readonly logs = new Map<number, number>();
  /**
   * By gram list: records of one title share its list (FeatureIndex.make), and a county's
   * records repeat a handful of titles (the same unit in several lists, a template title).
   */
  private readonly byGrams = new Map<
    Int32Array,
    Pick<Features, 'gramWeights' | 'weight' | 'rare'>
  >();
  /** false once the index has moved on: its counts are no longer this call's */
  current = true;
  constructor(
    private readonly df: ReadonlyMap<number, number>,
    records: number,
  ) {
    this.n = Math.max(records, 1);
    this.rareDf = 5 + this.n / 2000;
  }
  weigh(ids: Int32Array): Pick<Features, 'gramWeights' | 'weight' | 'rare'> {
    if (!this.current) throw new Error('features weighed after their index moved on');
    let known = this.byGrams.get(ids);
    if (!known) this.byGrams.set(ids, (known = this.weighAfresh(ids)));
    return known;
  }
  private weighAfresh(ids: Int32Array): Pick<Features, 'gramWeights' | 'weight' | 'rare'> {
    const weights = new Float64Array(ids.length);
    let weight = 0;
    const rare: number[] = [];
    ids.forEach((g, k) => {
      const d = this.df.get(g)!;
      let w = this.logs.get(d);
      if (w === undefined) this.logs.set(d, (w = Math.log(1 + this.n / d)));
      weights[k] = w;
      weight += weights[k]!;
      if (d > 1 && d <= this.rareDf) rare.push(g);
    });
    return { gramWeights: weights, weight, rare: Int32Array.from(rare) };
  }
}

/**
 * A record's features with its weights worked out when first asked: a check scores only
 * the pairs its new records are in, so most records' weights are never needed.
 */
class Weighed implements Features {
  readonly rec: DedupeRecord;
  readonly key: string;
  readonly points: readonly number[];
  readonly sortedPoints: Int32Array;
  readonly gramIds: Int32Array;
  readonly place: Place;
  readonly context: number;
  private weighed: Pick<Features, 'gramWeights' | 'weight' | 'rare'> | null = null;
  constructor(
    own: Own,
    private readonly idf: Idf,
  ) {
    this.rec = own.rec;
    this.key = own.key;
    this.points = own.points;
    this.sortedPoints = own.sortedPoints;
    this.gramIds = own.gramIds;
    this.place = own.place;
    this.context = own.context;
  }
  private get w() {
    return (this.weighed ??= this.idf.weigh(this.gramIds));
  }
  get gramWeights() {
    return this.w.gramWeights;
  }
  get weight() {
    return this.w.weight;
  }
  get rare() {
    return this.w.rare;
  }
}

export class FeatureIndex {
  private held: DedupeRecord[] = [];
  private own: Own[] = [];
  private numbering = new GramIds();
  /** the record each character first appears in: what fixes the numbering */
  private firstWith = new Map<number, DedupeRecord>();
  /** how many held records have each gram */
  private df = new Map<number, number>();
  private idf: Idf | null = null;
  private kept = new CandidatePostings();
  /**
   * Gram lists by a title's code points (one array per title, fixed-features.ts): a
   * title's characters are numbered when its first record comes, so every later record
   * of that title gets the same list. Never changed by their holders; dropped with the
   * numbering.
   */
  private gramsOf = new Map<readonly number[], Int32Array>();
  /** records appended and not yet counted in `df`, by gram list (shared by a title's records) */
  private pending = new Map<Int32Array, number>();

  constructor(
    private readonly regions: RegionMapper,
    /**
     * false for one set of features asked once: the postings would never be read, and
     * each call builds afresh (nothing is kept to follow the next call's records)
     */
    private readonly keepPostings = true,
  ) {}

  /**
   * The features of `records` (in their order), as if built from scratch. They are valid
   * until the next call: their weights are worked out from this call's counts.
   */
  features(records: readonly DedupeRecord[]): Features[] {
    if (this.idf) this.idf.current = false;
    // an index asked once never follows: it keeps nothing for a next call
    if (!this.keepPostings || !this.follow(records)) {
      this.reset();
      for (const r of records) this.append(r);
    }
    this.countPending();
    const idf = (this.idf = new Idf(this.df, this.held.length));
    return this.own.map((o) => new Weighed(o, idf));
  }

  /** Where the candidate passes' keys occur among the last call's features (by position). */
  get postings(): CandidatePostings {
    return this.kept;
  }

  /**
   * Moves the index to `records` (both in id order) when that leaves every character's
   * number as a fresh build would give it: a record that goes away must not be where a
   * character first appeared, and one that comes between others must bring no character
   * that first appears after it. New records after all the others always fit.
   */
  private follow(records: readonly DedupeRecord[]): boolean {
    this.countPending();
    const keep: number[] = [];
    const gone: number[] = [];
    const between: number[] = [];
    let i = 0;
    let j = 0;
    while (i < this.held.length && j < records.length) {
      const a = this.held[i]!;
      const b = records[j]!;
      if (a === b) {
        keep.push(i++);
        j++;
      } else if (a.id <= b.id)
        gone.push(i++); // merged away, deleted or changed
      else between.push(j++);
    }
    while (i < this.held.length) gone.push(i++);
    const tail = j;
    if (gone.length === 0 && between.length === 0) {
      for (let k = tail; k < records.length; k++) this.append(records[k]!);
      return true;
    }
    const goneSet = new Set(gone.map((k) => this.held[k]!));
    for (const k of gone)
      for (const cp of this.own[k]!.points)
        if (this.firstWith.get(cp) === this.held[k]) return false;
    const added = between.map((k) => this.make(records[k]!));
    if (added.length && this.numbering.size >= GramIds.SHIFT) return false;
    for (const o of added)
      for (const cp of o.points) {
        const first = this.firstWith.get(cp);
        if (!first || goneSet.has(first) || first.id >= o.rec.id) return false;
      }
    // fits: the counts follow, then the lists are merged back into id order
    for (const k of gone) this.count(this.own[k]!.gramIds, -1);
    for (const o of added) this.count(o.gramIds, +1);
    const own = [...keep.map((k) => this.own[k]!), ...added].sort((x, y) => x.rec.id - y.rec.id);
    this.own = own;
    this.held = own.map((o) => o.rec);
    this.kept = new CandidatePostings(this.keepPostings ? own : []);
    for (let k = tail; k < records.length; k++) this.append(records[k]!);
    return true;
  }

  private reset(): void {
    this.held = [];
    this.own = [];
    this.numbering = new GramIds();
    this.gramsOf = new Map();
    this.pending = new Map();
    this.firstWith = new Map();
    this.df = new Map();
    this.kept = new CandidatePostings();
  }

  /** The records appended since the last count, counted once per gram list. */
  private countPending(): void {
    for (const [grams, n] of this.pending) this.count(grams, n);
    this.pending.clear();
  }

  private count(grams: Int32Array, by: number): void {
    for (const g of grams) {
      const d = (this.df.get(g) ?? 0) + by;
      if (d > 0) this.df.set(g, d);
      else this.df.delete(g);
    }
  }

  /** A record after all the others: the characters it brings get the next numbers. */
  private append(rec: DedupeRecord): void {
    const o = this.make(rec);
    // where each character first appears fixes its number: only an index that follows asks
    if (this.keepPostings)
      for (const cp of o.points) if (!this.firstWith.has(cp)) this.firstWith.set(cp, rec);
    this.pending.set(o.gramIds, (this.pending.get(o.gramIds) ?? 0) + 1);
    this.held.push(rec);
    this.own.push(o);
    if (this.keepPostings) this.kept.add(o);
  }

  private make(rec: DedupeRecord): Own {
    const { key, points, sortedPoints, place, list } = fixedOf(rec, this.regions);
    return {
      rec,
      key,
      points,
      sortedPoints,
      gramIds: this.gramIdsOf(points),
      place,
      context: list,
    };
  }

  private gramIdsOf(points: readonly number[]): Int32Array {
    // Past 16 k characters a list made before would hold bigrams a fresh one no longer does.
    if (this.numbering.size >= GramIds.SHIFT) return this.numbering.of(points);
    let ids = this.gramsOf.get(points);
    if (!ids) this.gramsOf.set(points, (ids = this.numbering.of(points)));
    return ids;
  }
}

/** Features of one set of records, nothing kept (the whole-ledger report, the benchmark). */
export function buildFeatures(records: readonly DedupeRecord[], regions: RegionMapper): Features[] {
  return new FeatureIndex(regions, false).features(records);
}
