/**
 * Scoring one candidate pair, with its reasons in Chinese (a per-pair "waterfall" the
 * reviewer reads). Vetoes come first, as Zotero vetoes on a DOI mismatch: two different
 * counties or towns never merge, and the same place in another list is related, not
 * the same thing. Then
 *
 *   score = 0.7 · title + 0.2 · region + 0.1 · context
 *
 * title   = max(1 if equal keys, normalised edit similarity, IDF-weighted n-gram
 *           Jaccard, containment of a cut-short title in the complete one)
 * region  = 1 same town / county / city (0.95 when agreeing only through a renamed
 *           code), 0.7 parent/child, 0.5 one side unknown
 * context = 1 same kind, programme, year and batch; 0.6 when one side does not say
 *
 * Most candidate pairs are plainly different; cheap checks run first and the edit
 * distance only when it could change the verdict.
 */
import { batchesAgree, sameProgramme } from './identity';
import { compareRegions } from './region';
import { commonChars, sharedWeight, sharesRare, type Features } from './features';
import { containment, normalizedLevenshtein } from './similarity';
import { writtenBelowRegion } from './region-own-name';
import { sameUnitInTownship } from './township-unit';
import { sameUnitInProvince } from './province-own';
import { zoneBelowRegion } from './zone-below-region';
import { zonesApart } from './zone-apart';
import {
  RELATED_MIN_TITLE,
  type LinkRelation,
  type RegionRelation,
  type RelatedPair,
  type DedupeRecord,
  type ScoredPair,
  type Thresholds,
} from './types';

type Context = 'same' | 'unknown' | 'other_programme';

const differ = (p: unknown, q: unknown) => p != null && q != null && p !== q;

export function compareContext(a: Features, b: Features): Context {
  if (a.context === b.context) return 'same';
  const x = a.rec;
  const y = b.rec;
  if (x.kind !== y.kind) return 'other_programme';
  if (differ(x.programme, y.programme) || differ(x.year, y.year) || differ(x.batch, y.batch))
    return 'other_programme';
  return 'unknown';
}

const REGION_REASON: Record<RegionRelation, string> = {
  same_town: '同一乡镇（街道）',
  same_county: '同一区县',
  same_city: '同一地市',
  parent_child: '上下级单位（一方是另一方所在的区县或地市）',
  conflict: '地区不同',
  unknown: '一方地区未识别，仅凭标题匹配',
};

const REGION_WEIGHT: Record<RegionRelation, number> = {
  same_town: 1,
  same_county: 1,
  same_city: 1,
  parent_child: 0.7,
  conflict: 0,
  unknown: 0.5,
};

const agrees = (r: RegionRelation) => r === 'same_town' || r === 'same_county' || r === 'same_city';
const round = (x: number) => Math.round(x * 1000) / 1000;

interface TitleMatch {
  sim: number;
  how: 'none' | 'equal' | 'prefix' | 'infix' | 'grams' | 'edit';
}

/** Title similarity; `need` is the value below which the caller does not care how low it is. */
export function titleSimilarity(
  a: Features,
  b: Features,
  shared: number,
  need: number,
): TitleMatch {
  if (!a.key || !b.key) return { sim: 0, how: 'none' };
  if (a.key === b.key) return { sim: 1, how: 'equal' };
  const jaccard = shared / (a.weight + b.weight - shared || 1);
  let best: TitleMatch = { sim: jaccard, how: 'grams' };
  const [s, l] = a.points.length <= b.points.length ? [a, b] : [b, a];
  // A contained title has all its grams in the other one; otherwise skip the string search
  // (short keys are counted by characters, so they are always searched).
  if (s.points.length <= 4 || shared >= s.weight - 1e-9) {
    const c = containment(s.key, l.key, !!s.rec.truncated);
    if (c > best.sim) best = { sim: c, how: l.key.startsWith(s.key) ? 'prefix' : 'infix' };
  }
  // Edit similarity can never beat shorter/longer; skip the O(n·m) work when it cannot matter.
  if (
    best.sim < need &&
    s.points.length / l.points.length >= need &&
    commonChars(a, b) / l.points.length >= need
  ) {
    const lev = normalizedLevenshtein(a.points, b.points);
    if (lev > best.sim) best = { sim: lev, how: 'edit' };
  }
  return best;
}

function titleReason(t: TitleMatch): string {
  switch (t.how) {
    case 'equal':
      return '标题相同（已忽略全半角、标点、空格、繁简差异）';
    case 'prefix':
      return '较短的标题是另一方的开头（疑似被截断）';
    case 'infix':
      return '较短的标题包含在另一方中';
    case 'edit':
      return `标题编辑相似度 ${t.sim.toFixed(2)}`;
    case 'grams':
      return `标题关键字（按罕见程度加权）重合 ${t.sim.toFixed(2)}`;
    default:
      return '一方无标题';
  }
}

function reasonsOf(region: RegionRelation, title: TitleMatch, renamed: boolean): string[] {
  const r = [REGION_REASON[region], titleReason(title)];
  if (renamed) r.push('一方使用已变更的旧区划（地名沿革，按今区划比较）');
  return r;
}

export interface PairVerdict {
  duplicate: ScoredPair | null;
  related: RelatedPair | null;
}

const NONE: PairVerdict = { duplicate: null, related: null };

/**
 * Identity first: two zones of one programme and batch (or two observation points of one
 * programme) at the same unit, one of them without a title, are one thing — a progress
 * report gives no theme, and a record without a title could never match on its title.
 * Cases are left to their titles (a unit has many cases).
 */
function identityPair(a: Features, b: Features, region: RegionRelation): ScoredPair | null {
  const x = a.rec;
  const y = b.rec;
  if (x.kind !== y.kind || (x.kind !== 'zone' && x.kind !== 'observation')) return null;
  // Two titled records are told apart by their titles (one list may name a unit twice, for
  // two themes); identity decides where a title is missing — a progress report gives none.
  if (a.key && b.key) return null;
  if (region !== 'same_town' && region !== 'same_county' && region !== 'same_city') return null;
  if (!sameProgramme(x.programme, y.programme)) return null;
  // A development zone beside the county of its code is a unit of its own (zone-apart.ts).
  if (
    zonesApart(
      { written: x.written, code: x.regionCode },
      { written: y.written, code: y.regionCode },
    )
  )
    return null;
  // In the review the batch must be said alike (or, where neither says one, the year): a
  // list can hold one unit twice for two themes, which only its batch tells apart.
  const sameBatch =
    x.batch && y.batch
      ? batchesAgree(x.batch, y.batch)
      : x.batch === y.batch && x.year !== null && x.year === y.year;
  if (!sameBatch) return null;
  const ux = x.unitCode ?? '';
  const uy = y.unitCode ?? '';
  if (ux.length === 12 && uy.length === 12 && ux !== uy) return null;
  const what = x.kind === 'zone' ? '同一项目、同一批次（或一方未写批次）' : '同一项目';
  const renamed = a.place.historical !== b.place.historical;
  const reasons = [
    `身份相同：${what}、${REGION_REASON[region]}，是同一个${x.kind === 'zone' ? '实验区' : '观察点'}`,
  ];
  if (renamed) reasons.push('一方使用已变更的旧区划（地名沿革，按今区划比较）');
  return {
    a: Math.min(x.id, y.id),
    b: Math.max(x.id, y.id),
    score: 1,
    reasons,
    autoEligible: true,
  };
}

/**
 * A name ending as a county, city or province does, in either script (上海市長寧區; 社区 is
 * none): the region itself.
 */
const REGION_ITSELF = /(?:省|市|(?<!社)[区區]|[县縣]|旗|州|盟)$/;
const PARENTS = /^.*(?:省|市|(?<!社)[区區]|[县縣]|旗|州|盟)/;

/**
 * What a record names below its code's county, as written, without the parents written before
 * it (上海市杨浦区曙宏新村 and 杨浦区曙宏新村 both 曙宏新村); empty for the county's (or
 * city's) own record.
 */
export function nameBelowCounty(written: string | null | undefined): string {
  const leaf = leafBelowCounty(written);
  // One or two characters are the region's own short name (宁波, 广东省珠海, 鹤壁(河南)).
  return leaf.length > 2 ? leaf : '';
}

/** The name left below the county's parents written before it, whatever its length. */
function leafBelowCounty(written: string | null | undefined): string {
  const s = (written ?? '').replace(/\s+/g, '').replace(/[(（][^)）]*[)）]/g, '');
  return s === '' || REGION_ITSELF.test(s) ? '' : s.replace(PARENTS, '');
}

/**
 * What a record names below its county, the division data deciding where they know its code
 * what the words alone cannot: a longer name that is the region's own written short after its
 * province's (北京順義), and a name of two characters that is not (滨湖, cut from
 * 滨湖世纪社区服务中心, at 包河区). A name ending as a region does stays the region's own
 * (an old name, 璦琿區 for 爱辉区, is no unit below it), unless it ends as a zone does.
 */
function ownBelow(r: DedupeRecord): string {
  const below = nameBelowCounty(r.written);
  const data = writtenBelowRegion(r.written, r.regionCode);
  if (data === null) return below;
  if (data === '') return '';
  // A zone the gazetteer cannot place (兰州新区 at 兰州市) is no region's own (zone-below-region.ts).
  const zone = zoneBelowRegion(r.written, r.regionCode);
  if (zone !== null) return zone;
  // One character is no name (a stray one of the next cell: 汇川区洗): the region's own.
  return below === '' && leafBelowCounty(r.written).length === 2 ? data : below;
}

/**
 * Two records without a title are one unit only by their codes: a county's (or city's) own
 * record in two programmes (no township, no code below the county, no name below it: a village,
 * a site or a company the gazetteer cannot place keeps the county's code), or one village or
 * community by its 12-digit code. A township code alone is not enough: a village the gazetteer
 * does not know keeps its township's code, so in one township the written unit decides
 * (township-unit.ts: the township itself on both sides, or one village by one stem).
 */
function sameUnitByCode(x: DedupeRecord, y: DedupeRecord, region: RegionRelation): boolean {
  const ux = x.unitCode ?? x.regionCode ?? '';
  const uy = y.unitCode ?? y.regionCode ?? '';
  if (region === 'same_town') return sameUnitInTownship(x, y);
  if (region !== 'same_county' && region !== 'same_city') return false;
  return ux.length === 6 && uy.length === 6 && !x.town && !y.town && ownBelow(x) === ownBelow(y);
}

/** Two untitled records at one unit in two programmes: related, by their codes alone. */
function untitledLink(
  a: number,
  b: number,
  relation: LinkRelation,
  regionW: number,
  renamed: boolean,
): RelatedPair {
  return {
    a,
    b,
    relation,
    score: round(0.6 + 0.4 * regionW),
    reasons: [
      '双方均无标题，区划代码指向同一单位',
      ...(renamed ? ['一方使用已变更的旧区划（地名沿革，按今区划比较）'] : []),
      '不同名单（类别、项目或年度不同）：相关而非重复',
    ],
  };
}

export function scorePair(a: Features, b: Features, t: Thresholds): PairVerdict {
  const region = compareRegions(a.place, b.place);
  if (region === 'conflict') return NONE;
  const identity = identityPair(a, b, region);
  if (identity) return { duplicate: identity, related: null };
  const context = compareContext(a, b);
  const renamed = a.place.historical !== b.place.historical && region !== 'unknown';
  const regionW = REGION_WEIGHT[region] * (renamed ? 0.95 : 1);
  const contextW = context === 'same' ? 1 : 0.6;
  // A parent and its child unit are one thing only when everything else is identical;
  // without a place, only a near-identical title is evidence enough.
  const dupPossible =
    context !== 'other_programme' && (region !== 'parent_child' || context === 'same');
  const minTitle = region === 'unknown' ? 0.8 : region === 'parent_child' ? 1 : 0;
  const needForDup = dupPossible
    ? Math.max(minTitle, (t.low - 0.2 * regionW - 0.1 * contextW) / 0.7)
    : 2;
  const shared = sharedWeight(a, b);
  // Below what a duplicate needs, a related link may still want to know (a swapped word).
  const title = titleSimilarity(
    a,
    b,
    shared,
    Math.min(needForDup, region === 'unknown' ? 1 : RELATED_MIN_TITLE.alone),
  );
  const ida = Math.min(a.rec.id, b.rec.id);
  const idb = Math.max(a.rec.id, b.rec.id);

  if (title.sim >= needForDup) {
    const score = round(0.7 * title.sim + 0.2 * regionW + 0.1 * contextW);
    const r = reasonsOf(region, title, renamed);
    r.push(context === 'same' ? '同一名单（类别、项目、年度一致）' : '项目或年度一方缺失');
    return {
      duplicate: { a: ida, b: idb, score, reasons: r, autoEligible: agrees(region) },
      related: null,
    };
  }
  // A province's own record in two programmes (江苏省 as a pilot province of two lists) is
  // placed nowhere below the province: its code and its words alone tell it (province-own.ts).
  if (region === 'unknown')
    return !a.key && !b.key && context === 'other_programme' && sameUnitInProvince(a.rec, b.rec)
      ? { duplicate: null, related: untitledLink(ida, idb, 'same_place_other_programme', 1, false) }
      : NONE;
  const relation: LinkRelation | null =
    region === 'parent_child'
      ? 'parent_child'
      : renamed
        ? 'renamed'
        : context === 'other_programme'
          ? 'same_place_other_programme'
          : null;
  if (!relation) return NONE;
  // A county renamed since one list (鹿泉市 → 鹿泉区, 望城县 → 望城区) is still one place in two
  // programmes; in one programme (or one not saying) it is left to the identity join. A county
  // merged into another (江干区 → 上城区) or split is not the one it went into, though a
  // township of it is still that township (江干区彭埠街道 is 上城区彭埠街道).
  const otherProgramme =
    relation === 'same_place_other_programme' ||
    (relation === 'renamed' &&
      context === 'other_programme' &&
      (region === 'same_town' || a.place.renamedWhole || b.place.renamedWhole));
  if (!a.key && !b.key && otherProgramme)
    return sameUnitByCode(a.rec, b.rec, region)
      ? { duplicate: null, related: untitledLink(ida, idb, relation, regionW, renamed) }
      : NONE;
  // A theme carried into another list keeps its rare words even when the new title adds
  // more (overlap with the smaller side); formulaic titles share only common words, so a
  // weaker overlap counts only with a word rare in this ledger (微服务, 提案).
  const overlap = shared / (Math.min(a.weight, b.weight) || 1);
  const theme = Math.max(title.sim, overlap);
  if (theme < RELATED_MIN_TITLE.rareWord || (theme < RELATED_MIN_TITLE.alone && !sharesRare(a, b)))
    return NONE;
  const r = reasonsOf(region, title, renamed);
  r.push(`主题词重合 ${theme.toFixed(2)}`);
  if (context === 'other_programme') r.push('不同名单（类别、项目或年度不同）：相关而非重复');
  return {
    duplicate: null,
    related: { a: ida, b: idb, relation, score: round(0.6 * theme + 0.4 * regionW), reasons: r },
  };
}
