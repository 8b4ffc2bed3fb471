/**
 * Adapter: the gazetteer's longest-match splitter as a RegionLookup, so callers can pass
 * `regions: gazetteerRegionLookup({ asOf })` to extractNotice. The gazetteer loads its
 * data lazily on first use; the extractor's own tests use the heuristic instead.
 */
import {
  countylessCities,
  countyOfTowns,
  NEAR_NAME,
  oneDivisionMoved,
  resolveRegion,
  splitRegionPrefix,
} from '../../gazetteer/index';
import type { CountyOfTowns } from '../../gazetteer/town-county';
import { endsLikeDivisionName, namesOf } from './city-county-names';
import { splitRegionKey } from './region-heuristic';
import { toKey } from './text-key';
import type { RegionContext, RegionLookup } from './types';

type Split = { regionText: string; end: number } | null;
type RegionSplit = ReturnType<typeof splitRegionPrefix>;

/** A township's level word, right after a name the split stopped at. */
const TOWN_WORD = /^(?:街道办事处|街道|镇|乡)/;
/** Characters that end a division name: a split right before one stopped inside a name. */
const SUFFIX_NEXT = /^[市区县州旗盟镇乡]/;

/**
 * A street written with its office word before its community ("某某街道办事处某某社区"): the
 * gazetteer stops at 街道, so the name is read again without the office word, and the place
 * runs on through the community when that reads further.
 */
function throughStreetOffice(text: string, found: RegionSplit, read: (t: string) => RegionSplit) {
  const head = text.slice(0, found.end);
  if (!toKey(head).endsWith('街道') || !toKey(text.slice(found.end)).startsWith('办事处'))
    return null;
  const further = read(head + text.slice(found.end + 3));
  if (further.start !== 0 || further.end <= found.end) return null;
  const end = further.end + 3;
  return { regionText: text.slice(0, end), end };
}

/** A county's or city's name right before 办事处 is a street office's name ("东城办事处"). */
function officeNamedLikeCounty(text: string, found: RegionSplit): boolean {
  const { town } = found.resolution.names;
  const head = toKey(text.slice(0, found.end));
  return !town && !/街道$/.test(head) && toKey(text.slice(found.end)).startsWith('办事处');
}

/**
 * "济源路办事处淮北社区": a place's short name (济源) with a road word after it names the road
 * a street office is called after (济源路街道 lies in 郑州's 上街区), not that place. The office
 * is still the unit's place as written ("南京路街道新疆路社区" under 天津市): read whole, as a
 * street written with its office word is, it starts the unit and is placed by its context.
 */
const ROAD_STREET = /^(?:路|大道|大街|街)(?:街道办事处|街道|办事处)/;

function roadNamedOffice(text: string, found: RegionSplit): Split {
  if (/[省市州盟区县旗區縣]$/.test(found.region)) return null;
  const road = ROAD_STREET.exec(toKey(text.slice(found.end)));
  if (!road) return null;
  const end = found.end + road[0].length;
  return { regionText: text.slice(0, end), end };
}

/**
 * A county or city name written short at the front of a unit's name, lying outside the place
 * the unit is listed under (同心湖社区 under 镇海区 read as 同心县 of another province): the
 * name only starts like that division; the whole is the unit's own name inside its context.
 */
function farShortRead(found: RegionSplit, context: RegionSplit): boolean {
  const code = found.resolution.code;
  if (!code || code.length !== 6 || /[省市州盟区县旗區縣]$/.test(found.region)) return false;
  const places = [context.resolution.code, ...context.resolution.candidates.map((c) => c.code)];
  const scopes = places.filter((c): c is string => !!c).map((c) => c.replace(/(00)+$/, ''));
  return scopes.length > 0 && !scopes.some((s) => code.startsWith(s) || s.startsWith(code));
}

/** The written text is exactly the city's name then its county's name, each full or short. */
function writtenAsCityCounty(text: string, found: RegionSplit): boolean {
  const { city, county, town } = found.resolution.names;
  if (!city || !county || town || found.start !== 0 || found.end !== text.length) return false;
  const key = toKey(text);
  return namesOf(city).some((c) => namesOf(county).some((k) => key === c + k));
}

/** The division's own name is not what is written: the text is its short form. */
function writtenShort(text: string, found: RegionSplit): boolean {
  const { city, county, town } = found.resolution.names;
  const full = county ?? city;
  if (!full || town || found.start !== 0 || found.end !== text.length) return false;
  return !toKey(text).endsWith(full);
}

/**
 * Every run of two to eight characters inside a text's runs of Chinese characters, in order
 * (by start, then by length), made one at a time: the reader stops at the first place.
 */
function* hanRuns(text: string): Generator<string> {
  for (const [run] of text.matchAll(/[\u4e00-\u9fff]{2,}/g))
    for (let i = 0; i < run.length; i++)
      for (let n = 2; n <= 8 && i + n <= run.length; n++) yield run.slice(i, i + n);
}

export function gazetteerRegionLookup(opts: { asOf?: string } = {}): RegionLookup {
  const contextText = (ctx: RegionContext): string | undefined => {
    const text = `${ctx.province ?? ''}${ctx.city ?? ''}${ctx.county ?? ''}`;
    return text === '' ? undefined : text;
  };
  // The list readers ask about the same pieces many times (each lead-in position, the next
  // place of a run), and the notices of one import name the same places: the gazetteer's
  // answers are kept while the lookup lives, keyed by text and context. A region read
  // without context is then asked its province with the same question: one answer serves both.
  const answers = new Map<string, RegionSplit>();
  const answer = (text: string, context: string | undefined): RegionSplit => {
    const key = `${context ?? ''}\u0000${text}`;
    let found = answers.get(key);
    if (found) return found;
    found = splitRegionPrefix(text, {
      ...(opts.asOf ? { asOf: opts.asOf } : {}),
      ...(context ? { context } : {}),
    });
    if (answers.size > 20_000) answers.clear();
    answers.set(key, found);
    return found;
  };
  const memo = new Map<string, Split>();
  let cities: RegionContext[] | undefined;
  const resolved = new Map<string, string | null>();
  const resolvedIn = (text: string, context: string): string | null => {
    const key = `${context}\u0000${text}`;
    if (resolved.has(key)) return resolved.get(key) ?? null;
    const { code } = resolveRegion(text, {
      ...(opts.asOf ? { asOf: opts.asOf } : {}),
      ...(context ? { context } : {}),
    });
    if (resolved.size > 20_000) resolved.clear();
    resolved.set(key, code);
    return code;
  };
  const memoised = (text: string, ctx: RegionContext): Split => {
    const key = `${contextText(ctx) ?? ''}\u0000${text}`;
    if (memo.has(key)) return memo.get(key) ?? null;
    const hit = splitOnce(text, ctx);
    if (memo.size > 20_000) memo.clear();
    memo.set(key, hit);
    return hit;
  };
  const splitOnce = (text: string, ctx: RegionContext): Split => {
    const context = contextText(ctx);
    const found = answer(text, context);
    // The extractor wants the region at the front; a region found further in is not a prefix.
    if (found.end === 0 || found.start !== 0) return null;
    if (context && farShortRead(found, answer(context, undefined))) return null;
    // "东城办事处蒋家岗社区": a street office named like a far district (东城), its office word
    // right after the name: the street of the place written before, no county of its own.
    if (officeNamedLikeCounty(text, found)) return null;
    const road = roadNamedOffice(text, found);
    if (road) return road;
    const office = throughStreetOffice(text, found, (t) => answer(t, context));
    if (office) return office;
    // "平阳市南湖区柳岸社区" must not split as 平阳 + 市南湖区…: when the gazetteer stops on a
    // short form right before a suffix, the suffix grammar reads the whole name instead.
    if (SUFFIX_NEXT.test(toKey(text.slice(found.end)))) {
      const grammar = splitRegionKey(toKey(text));
      if (grammar && grammar.end > found.end)
        return { regionText: text.slice(0, grammar.end), end: grammar.end };
    }
    return { regionText: text.slice(0, found.end), end: found.end };
  };
  return {
    splitPrefix: memoised,
    cityCountyPair: (regionText) => writtenAsCityCounty(regionText, answer(regionText, undefined)),
    pairMayEndIn: endsLikeDivisionName,
    codeOf: (regionText, ctx) => resolvedIn(regionText, contextText(ctx) ?? ''),
    provinceOf: (regionText) => answer(regionText, undefined).resolution.names.province ?? null,
    standsAlone: (regionText, ctx) => {
      const alone = answer(regionText, undefined);
      const province = alone.resolution.names.province;
      if (!province || !alone.resolution.code || !writtenShort(regionText, alone)) return null;
      // A city and its county, both written: the context before never reaches below them.
      if (writtenAsCityCounty(regionText, alone)) return { province };
      // A short name alone: only when it is one unit, and the carried context cannot place it.
      if (alone.resolution.candidates.length !== 1) return null;
      const context = contextText(ctx);
      if (!context) return null;
      const inCtx = answer(regionText, context);
      const { names } = inCtx.resolution;
      const placed =
        inCtx.resolution.code !== null &&
        inCtx.end === regionText.length &&
        (!ctx.province || names.province === ctx.province) &&
        (!ctx.city || names.city === ctx.city);
      return placed ? null : { province };
    },
    countylessCities: () => {
      cities ??= countylessCities(opts.asOf).flatMap((u) =>
        u.parent ? [{ province: u.parent.name, city: u.name }] : [],
      );
      return cities;
    },
    splitInCity: (text, city) => {
      const context = contextText(city);
      const hit = context ? memoised(text, city) : null;
      if (!context || !hit) return null;
      // The city's own code without its trailing zeros: its towns' codes start with it. The
      // place is checked as the importer will resolve it, in the city, and with the community
      // after it ("西区烟洲社区": 西区 alone reads as another city's district, with its
      // community as the city's street).
      const scope = answer(context, undefined).resolution.code?.slice(0, 4);
      const inCity = (t: string): boolean => {
        const code = resolvedIn(t, context);
        return !!scope && !!code && code.length > 6 && code.startsWith(scope);
      };
      // "东区街道": the split stops at the far district's name; the street's level word after
      // it is part of the city's street.
      const level = TOWN_WORD.exec(text.slice(hit.end))?.[0] ?? '';
      const whole = text.slice(0, hit.end + level.length);
      if (level && inCity(whole)) return { regionText: whole, end: whole.length };
      return inCity(hit.regionText) || inCity(text) ? hit : null;
    },
    placeHolding: (entries, text) => {
      // Every run of two to eight characters read whole as one place: a short name (高邮 in
      // 今日高邮) is read only where the text stops after it.
      for (const piece of hanRuns(text)) {
        const found = answer(piece, undefined);
        const { code, candidates, names } = found.resolution;
        // One place (a township written with it names its county): a short name several
        // divisions share says nothing.
        if (found.start !== 0 || found.end !== piece.length || !code) continue;
        if (candidates.length > 1 || !names.city) continue;
        const context = `${names.province ?? ''}${names.city}${names.county ?? ''}`;
        const scope = code.slice(0, 6).replace(/(00)+$/, '');
        const below = (e: string): boolean => {
          const at = resolvedIn(e, context);
          return !!at && at.length > 6 && at.startsWith(scope);
        };
        if (entries.length > 0 && entries.every(below))
          return {
            ...(names.province ? { province: names.province } : {}),
            city: names.city,
            ...(names.county ? { county: names.county } : {}),
          };
      }
      return null;
    },
    countyWritten: (text) => {
      const found = answer(text, undefined);
      const { code, candidates, names } = found.resolution;
      // A county's code has its county digits set; 某市市辖区 and a township's code never read so.
      const county = !!code && code.length === 6 && !code.endsWith('00');
      // Two codes of one county moved to another city (枞阳县) are one county, read as the date gives.
      const several = candidates.length > 1 && !oneDivisionMoved(candidates.map((c) => c.code));
      if (!county || found.start !== 0 || found.end !== text.length || several) return null;
      if (!names.county || !toKey(text).endsWith(names.county)) return null;
      return {
        ...(names.province ? { province: names.province } : {}),
        ...(names.city ? { city: names.city } : {}),
        county: names.county,
      };
    },
    holdsUnit: (text, county) => {
      const context = contextText(county);
      const scope = context ? answer(context, undefined).resolution.code : null;
      if (!context || !scope || scope.length !== 6) return false;
      const r = resolveRegion(text, { ...(opts.asOf ? { asOf: opts.asOf } : {}), context });
      return !!r.code && r.code.length > 6 && r.regionCode === scope && !r.note.includes(NEAR_NAME);
    },
    countyOfTowns: (entries) => countyContext(countyOfTowns(entries, opts.asOf)),
    countyOfManyTowns: (entries, townsAlone) =>
      countyContext(countyOfTowns(entries, opts.asOf, townsAlone)),
  };
}

function countyContext(found: CountyOfTowns | null): RegionContext | null {
  if (!found) return null;
  return {
    province: found.province,
    ...(found.city ? { city: found.city } : {}),
    county: found.county,
  };
}
