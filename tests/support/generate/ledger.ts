/**
 * Synthetic ledgers with a known truth: every record belongs to an `entity` (one real case
 * or zone); records of the same entity are labelled duplicates, and chosen records of other
 * entities are labelled hard non-duplicates (same theme elsewhere, same place in another
 * programme, parent/child units, sibling towns). Same seed and pool → same ledger.
 */
import type { RecordKind } from '../../../src/shared/domain';
import {
  makeContent,
  makeProgramme,
  makeTitle,
  otherProgramme,
  sameThemeTitle,
  type Programme,
} from './phrases';
import { createRng, type Rng } from './prng';
import { fallbackPool, type PoolCounty, type RegionPool } from './regions';
import { finish, shuffle } from './labels';
import { applicableVariants, makeVariant, regionTextOf, type DuplicateHow } from './variants';

export const NON_DUPLICATE_HOWS = [
  'same-theme-other-region',
  'same-place-other-programme',
  'parent-child',
  'sibling-town',
] as const;
export type NonDuplicateHow = (typeof NON_DUPLICATE_HOWS)[number];

export interface GeneratedRecord {
  kind: RecordKind;
  programme: string;
  year: number;
  batch: string | null;
  /** as a notice wrote it (variants differ here and in title) */
  regionText: string;
  title: string;
  content: string;
  /** the truth a resolver should reach: current 6-digit county code, 9-digit town code or the county code */
  regionCode: string;
  unitCode: string;
  province: string;
  city: string | null;
  county: string;
  town: string | null;
  /** records with the same entity are the same case: duplicates of each other */
  entity: number;
  /** how this record was derived from record `of` (an index into `records`), null for a base record */
  origin: { how: DuplicateHow | NonDuplicateHow; of: number } | null;
}

export type Pair = [number, number];

export interface LabelledPair {
  a: number;
  b: number;
  relation: 'duplicate' | 'not-duplicate';
  /** for not-duplicates: also worth a link (same place, other programme; parent/child) */
  related: boolean;
  how: DuplicateHow | NonDuplicateHow | 'same-entity';
}

export interface GeneratedLedger {
  seed: number;
  regionSource: RegionPool['source'];
  records: GeneratedRecord[];
  /** every pair of records with the same entity (complete), a < b */
  duplicatePairs: Pair[];
  /** hard negatives only (all other pairs are non-duplicates too), a < b */
  notDuplicatePairs: Pair[];
  /** the subset of notDuplicatePairs that should be linked as related, a < b */
  relatedPairs: Pair[];
  /** the same pairs with why they were made */
  labels: LabelledPair[];
}

export interface GenerateOptions {
  seed: number;
  /** number of records, variants and hard negatives included */
  size: number;
  /** share of base records that get one or two duplicate variants (default 0.12) */
  duplicateRate?: number;
  /** share of base records that get a hard non-duplicate (default 0.1) */
  hardNegativeRate?: number;
}

/** A record while the ledger is built: knows its pool county (dropped from the output). */
export interface Draft extends Omit<GeneratedRecord, 'entity' | 'origin'> {
  county_: PoolCounty;
  entity: number;
  origin: { how: DuplicateHow | NonDuplicateHow; of: number } | null;
}

export function generateLedger(
  opts: GenerateOptions,
  pool: RegionPool = fallbackPool(),
): GeneratedLedger {
  const rng = createRng(opts.seed);
  const placeRng = rng.fork('place');
  const textRng = rng.fork('text');
  const mixRng = rng.fork('mix');
  const drafts: Draft[] = [];
  const taken = new Set<string>();
  let entities = 0;

  const add = (d: Omit<Draft, 'entity'>, entity = entities++): number => {
    drafts.push({ ...d, entity });
    return drafts.length - 1;
  };

  while (drafts.length < opts.size) {
    const base = freshBase(placeRng, textRng, pool, taken);
    const bi = add(base);
    if (drafts.length < opts.size && mixRng.chance(opts.duplicateRate ?? 0.12)) {
      const hows = applicableVariants({ ...base, county: base.county_ });
      const n = Math.min(mixRng.chance(0.25) ? 2 : 1, hows.length, opts.size - drafts.length);
      // rarest kinds first in the list; pick among them so every kind occurs at any size
      const chosen = new Set<DuplicateHow>();
      // the rare, hard kinds get priority when they apply, so every kind occurs even at 1k
      for (const rare of RARE_VARIANTS)
        if (chosen.size < n && hows.includes(rare) && mixRng.chance(0.6)) chosen.add(rare);
      while (chosen.size < n) chosen.add(mixRng.pick(hows));
      for (const how of chosen) {
        const w = makeVariant(textRng, how, { ...base, county: base.county_ });
        if (w) add({ ...base, ...w, origin: { how, of: bi } }, drafts[bi]!.entity);
      }
    }
    if (drafts.length < opts.size && mixRng.chance(opts.hardNegativeRate ?? 0.1)) {
      const neg = hardNegative(mixRng, textRng, pool, base, taken);
      if (neg) {
        add({ ...neg, origin: { how: neg.how, of: bi } });
      }
    }
  }
  return finish(opts.seed, pool.source, shuffle(mixRng, drafts));
}

function freshBase(placeRng: Rng, textRng: Rng, pool: RegionPool, taken: Set<string>): Draft {
  for (;;) {
    // some bases where a county was renamed, so renamed-region variants are not vanishingly rare
    const renamedOnes = renamedCounties(pool);
    const wantRenamed = renamedOnes.length > 0 && placeRng.chance(0.05);
    const county = placeRng.pick(wantRenamed ? renamedOnes : pool.counties);
    const atTown = !wantRenamed && county.towns.length > 0 && placeRng.chance(0.45);
    const town = atTown ? placeRng.pick(county.towns) : null;
    const kind = placeRng.pick<RecordKind>(['zone', 'case', 'case', 'observation']);
    const d = draftAt(
      county,
      town,
      kind,
      makeProgramme(textRng, kind, county.province),
      makeTitle(textRng),
      textRng,
    );
    // a chance collision would be an unlabelled duplicate (or an unlabelled related pair)
    if (taken.has(placeKey(d))) continue;
    take(taken, d);
    return d;
  }
}

const RARE_VARIANTS: readonly DuplicateHow[] = ['renamed', 'street-office'];

const renamedCache = new WeakMap<RegionPool, PoolCounty[]>();
function renamedCounties(pool: RegionPool): PoolCounty[] {
  let list = renamedCache.get(pool);
  if (!list) {
    list = pool.counties.filter((c) => c.formerly.length > 0);
    renamedCache.set(pool, list);
  }
  return list;
}

function draftAt(
  county: PoolCounty,
  town: { code: string; name: string } | null,
  kind: RecordKind,
  p: Programme,
  title: string,
  textRng: Rng,
): Draft {
  return {
    kind,
    programme: p.name,
    year: p.year,
    batch: p.batch,
    regionText: regionTextOf(county, town?.name ?? null),
    title,
    content: makeContent(textRng),
    regionCode: county.code,
    unitCode: town?.code ?? county.code,
    province: county.province,
    city: county.city,
    county: county.county,
    town: town?.name ?? null,
    county_: county,
    entity: -1,
    origin: null,
  };
}

function hardNegative(
  mixRng: Rng,
  textRng: Rng,
  pool: RegionPool,
  base: Draft,
  taken: Set<string>,
): (Draft & { how: NonDuplicateHow }) | null {
  const how = mixRng.pick(NON_DUPLICATE_HOWS);
  const county = base.county_;
  const p: Programme = { name: base.programme, year: base.year, batch: base.batch };
  let d: Draft | null = null;
  if (how === 'same-theme-other-region') {
    // a sibling county of the same city when there is one: the close, hard case
    const siblings = pool.counties.filter(
      (c) => c.code !== county.code && c.city === county.city && c.province === county.province,
    );
    const other = siblings.length > 0 ? mixRng.pick(siblings) : mixRng.pick(pool.counties);
    if (other.code !== county.code) d = draftAt(other, null, base.kind, p, base.title, textRng);
  } else if (how === 'same-place-other-programme') {
    const [kind, q] = otherProgramme(textRng, p, base.kind, county.province);
    const title = mixRng.chance(0.5) ? base.title : sameThemeTitle(textRng, base.title);
    const town = base.town ? (county.towns.find((t) => t.name === base.town) ?? null) : null;
    d = draftAt(county, town, kind, q, title, textRng);
  } else if (how === 'parent-child') {
    const town = base.town ? null : county.towns.length > 0 ? mixRng.pick(county.towns) : null;
    if (base.town || town)
      d = draftAt(county, town, base.kind, p, sameThemeTitle(textRng, base.title), textRng);
  } else if (base.town) {
    const others = county.towns.filter((t) => t.name !== base.town);
    if (others.length > 0)
      d = draftAt(county, mixRng.pick(others), base.kind, p, base.title, textRng);
  }
  // only the other-programme case may share place and title with an existing record
  const sharesBaseTitle = how === 'same-place-other-programme' && d?.title === base.title;
  if (!d || taken.has(sharesBaseTitle ? fullKey(d) : placeKey(d))) return null;
  take(taken, d);
  return { ...d, how };
}

/** Place + title (any programme) blocks new bases; place + programme + title blocks everything. */
// Titles compared without punctuation or width, so no two entities differ only by a quote mark.
const titleKey = (t: string): string => t.normalize('NFKC').replace(/[\p{P}\p{S}\s]/gu, '');
const placeKey = (d: Draft): string => `${d.unitCode}|${titleKey(d.title)}`;
const fullKey = (d: Draft): string => `${d.unitCode}|${d.programme}|${titleKey(d.title)}`;
function take(taken: Set<string>, d: Draft): void {
  taken.add(placeKey(d));
  taken.add(fullKey(d));
}
