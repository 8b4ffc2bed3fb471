/**
 * A notice's home county: the one county-level division (区, 县, county-level 市, 旗) the whole
 * notice names, wherever it names it — its headline, a source or dateline line, an outlet's or
 * site's name (某区融媒体中心, 某县人民政府网), the sentence 我区/我县 stands for, or an earlier
 * paragraph — while its units are written bare ("我区某街道某社区", "某社区获得第二名"). A bare
 * street, town, community or village is ambiguous across the country, so the readers want a
 * county before it; in such a notice the division list places it in the home county when it
 * holds that name there, before any same-named one elsewhere; a unit it places nowhere at all
 * (merged or renamed since) is the home county's too, when the notice names the county as
 * itself and not only at the head of one entry. A name the home county does not
 * hold keeps its other ordinary reading, and a notice naming two or more counties (a city's list of
 * its districts' streets, an outlet of one county telling of another's) has no home county.
 */
import { toKey, type KeyedText } from './text-key';
import type { ExtractedRecord, RegionContext, RegionLookup } from './types';

/** A split that ends on a township's or a unit's own word. */
const WRITTEN_AS_UNIT = /(镇|乡|街道|办事处|苏木|社区|村|居委会|嘎查)$/;
/** The level word a county-level division's full name ends with. */
const COUNTY_WORD = /[区县市旗]/g;
/** Words ending in 区 or 市 that are no division's name (社区, 小区, 城市…). */
const NOT_A_DIVISION_END =
  /(社区|小区|园区|辖区|景区|片区|校区|营区|城市|城区|都市|超市|集市|夜市)$/;
/**
 * A county named only as where someone went or met (在某县召开, 赴某县考察, 于某县举行) or as whose
 * official or party came (某县副县长, 某县考察团一行): a place the story passes, not whose units
 * it tells. Such a mention still counts against a home; alone it makes none.
 */
const PASSING_BEFORE = /(?:在|(?<![位属])于|赴|到|前往|来自)$/;
const PASSING_AFTER =
  /^(?:委|人民政府|政府)?(?:常务)?副?(?:书记|县长|区长|市长|旗长|州长)|^(?:党政|政府)?(?:考察团|代表团|调研组|参观团|学习团|客人|一行)/;
/** The text read for names: a notice's head, sources and body, not a whole appended book. */
const READ_LIMIT = 30_000;

export interface HomeCounty {
  /** The county with its province and city, as the division list names them. */
  place: RegionContext;
  /**
   * The county is named as itself somewhere (its organ, its headline, 枞阳县首次…), not only at
   * the head of one entry's place (认定某区某镇某村等223个村 in a wider round's example).
   */
  namedApart: boolean;
}

/** A township or unit right after a county's name: the county heads one entry's place. */
const ENTRY_AFTER = /^[\u4e00-\u9fff]{1,8}?(?:镇|乡|街道|苏木|村|社区|嘎查)/;

/** The longest county-level division written in full ending at `end` (exclusive), else null. */
function countyEndingAt(
  key: string,
  end: number,
  lookup: RegionLookup,
): { place: RegionContext; start: number } | null {
  for (let len = 8; len >= 3; len--) {
    if (end - len < 0) continue;
    const piece = key.slice(end - len, end);
    if (!/^[\u4e00-\u9fff]+$/.test(piece)) continue;
    const found = lookup.countyWritten?.(piece) ?? null;
    if (found) return { place: found, start: end - len };
  }
  return null;
}

/** The one county-level division the notice names, else null (none, or two and more). */
export function homeCounty(doc: KeyedText, lookup: RegionLookup): HomeCounty | null {
  if (!lookup.countyWritten || !lookup.holdsUnit) return null;
  const key = doc.key.slice(0, READ_LIMIT);
  let only: RegionContext | null = null;
  let ownWord = false;
  let namedApart = false;
  for (const m of key.matchAll(COUNTY_WORD)) {
    const end = m.index + 1;
    if (NOT_A_DIVISION_END.test(key.slice(Math.max(0, end - 2), end))) continue;
    const hit = countyEndingAt(key, end, lookup);
    if (!hit) continue;
    const found = hit.place;
    if (only && (only.county !== found.county || only.city !== found.city)) return null;
    only = found;
    const passing =
      PASSING_BEFORE.test(key.slice(Math.max(0, hit.start - 4), hit.start)) ||
      PASSING_AFTER.test(key.slice(end, end + 8));
    if (!passing) ownWord = true;
    if (!passing && !ENTRY_AFTER.test(key.slice(end, end + 12))) namedApart = true;
  }
  return only?.county && ownWord ? { place: only, namedApart } : null;
}

/**
 * Whether a carried context names nothing outside the home county: none, the county itself, or
 * one of its townships or units (a headline's bare unit may be carried as if it were a county).
 */
function inside(lookup: RegionLookup, ctx: RegionContext, home: HomeCounty): boolean {
  const within = (name: string | undefined, own: string | undefined): boolean =>
    !name || name === own || unitOf(lookup, name, home) !== null;
  return (
    (!ctx.province || ctx.province === home.place.province) &&
    within(ctx.city, home.place.city) &&
    within(ctx.county, home.place.county)
  );
}

/** A bare township or unit at the front of `text` that the division list holds in the county. */
function unitOf(lookup: RegionLookup, text: string, home: HomeCounty) {
  const hit = lookup.splitPrefix(text, home.place);
  if (!hit || !WRITTEN_AS_UNIT.test(toKey(hit.regionText))) return null;
  return lookup.holdsUnit?.(hit.regionText, home.place) ? hit : null;
}

/**
 * The lookup the list readers use in a notice with a home county: a text opening with a
 * township or unit of that county is split there, before any reading of the same words as a
 * place elsewhere; a context naming another place keeps the ordinary reading.
 */
export function withHomeCountyUnits(lookup: RegionLookup, home: HomeCounty): RegionLookup {
  return {
    ...lookup,
    splitPrefix: (text, ctx) =>
      (inside(lookup, ctx, home) ? unitOf(lookup, text, home) : null) ??
      lookup.splitPrefix(text, ctx),
  };
}

/**
 * A bare township or unit no place is carried to that the division list places nowhere else
 * (a township merged away since, a community renamed, a name many counties share): in a notice
 * of one county it is that county's own, the only place the notice gives it. A township (and
 * its village) one other county holds is that county's (新碶街道 in a page of 海曙区).
 */
function placedNowhere(lookup: RegionLookup, r: ExtractedRecord, home: HomeCounty): boolean {
  const ctx = r.regionContext ?? {};
  if (!home.namedApart || !r.regionText || ctx.province || ctx.city || ctx.county) return false;
  if (!lookup.codeOf) return false;
  if (!WRITTEN_AS_UNIT.test(toKey(r.regionText)) || lookup.codeOf(r.regionText, {}) !== null)
    return false;
  const holder = lookup.countyOfManyTowns?.([r.regionText], 1) ?? null;
  return holder === null || holder.county === home.place.county;
}

/**
 * Whether the notice writes its county, in full or by its short name (晋江首批…揭牌, 晋江市领导),
 * somewhere no record is read from: a county written only inside one entry (某县人大常委会 in a
 * province's list of points) is that entry's place, not where the list's other bodies — a
 * university, a law firm — stand.
 */
function namedBesideEntries(key: string, records: readonly ExtractedRecord[], home: HomeCounty) {
  const county = home.place.county;
  if (!county) return false;
  const short = county.length > 2 ? county.slice(0, -1) : county;
  for (let at = key.indexOf(short); at >= 0; at = key.indexOf(short, at + 1)) {
    const end = at + short.length;
    if (!records.some((r) => r.span.start <= at && end <= r.span.end)) return true;
  }
  return false;
}

/**
 * A programme's point named by its sector or its hall alone (文化艺术界委员联系点), no place
 * written or carried to it: in a notice of one county, written apart from its entries, it is
 * set up there, the only place the notice gives it.
 */
function pointOfNoPlace(r: ExtractedRecord, home: HomeCounty, apart: boolean): boolean {
  const ctx = r.regionContext ?? {};
  return (
    apart &&
    r.kind === 'observation' &&
    !r.regionText &&
    r.title !== '' &&
    !ctx.province &&
    !ctx.city &&
    !ctx.county
  );
}

/**
 * Records whose place reads as a township or unit of the home county, with no other place
 * carried to them, are placed in that county, so that the region is resolved there; so are
 * bare units the division list places nowhere, and points named with no place at all.
 */
export function placeInHomeCounty(
  doc: KeyedText,
  records: readonly ExtractedRecord[],
  lookup: RegionLookup,
  home: HomeCounty,
): ExtractedRecord[] {
  const apart = home.namedApart && namedBesideEntries(doc.key, records, home);
  return records.map((r) =>
    (r.regionText &&
      inside(lookup, r.regionContext ?? {}, home) &&
      unitOf(lookup, r.regionText, home)) ||
    placedNowhere(lookup, r, home)
      ? { ...r, regionContext: { ...home.place } }
      : pointOfNoPlace(r, home, apart)
        ? { ...r, regionText: home.place.county ?? '', regionContext: { ...home.place } }
        : r,
  );
}
