/**
 * resolveRegion: one region string → the `Resolution` of the CLI contract, plus the GB/T
 * 2260 county-level code the record hangs on and where the region ends in the text.
 *
 * Candidates are ranked by: valid on `asOf` (a notice names what existed when it was
 * issued), inside the notice's context, near the previous list item, a real unit rather
 * than a statistical functional zone. When two unrelated places stay within one point of
 * each other the answer is ambiguous: code null, candidates listed.
 */
import type { RegionNames, Resolution } from '../../../shared/domain';
import {
  BINGTUAN_NAME,
  divisionCity,
  matchBingtuan,
  withContextDivision,
  type BingtuanMatch,
} from './bingtuan';
import { corpsTownship } from './corps-townships';
import { findPlaces, type Found } from './find-places';
import { type Gazetteer, isValidOn, isWithin, loadGazetteer, todayIso } from './gazetteer-data';
import { isBoundary, normalizeRegionText, type NormalizedText } from './normalize';
import { compareOfficialOrder } from './official-order';
import {
  type Place,
  answerCode,
  answerLevel,
  placeCode,
  placeNames,
  placeRegionCode,
  sameLineage,
  successorOf,
  unitNames,
} from './place';
import { resolveInContextCounty } from './context-county-fallback';
import { resolveTownStem } from './town-stem';
import { resolveZoneAcrossCities } from './zone-across-cities';
import { resolveWithZoneFallback } from './dev-zone-fallback';
import { resolveCentralDistricts } from './central-districts';
import { resolvePastLeadingNoise } from './leading-noise';
import { resolveBannerShortForm } from './banner-short-form';
import { resolveShortDistrict } from './short-district';
import { resolveShortCityBody } from './short-city-body';
import { resolveFusedPlaceName } from './fused-place-name';
import { resolveEnglishPlace } from './english-place';
import { resolveOwnBody } from './own-body';
import { bureauBranch } from './bureau-branch';
import { describePlace, unresolvedNote } from './resolution-notes';
import { withoutFarBareCounty } from './far-bare-county';
import { EMPTY_SCOPE, type Scope, contextScope, isMunicipality, previousScope } from './scope';

export interface ResolveOptions {
  /** YYYY-MM-DD: the notice's issue date; default today */
  asOf?: string;
  /** what the surrounding notice says, e.g. '江苏省' or '湖北省武汉市' */
  context?: string;
  /** the previous item of the same list, for inherited parents */
  previous?: Resolution;
}

export interface RegionResolution extends Resolution {
  /** GB/T 2260 code at county level or above (Record.regionCode), null if unresolved */
  regionCode: string | null;
  /** offset in `text` where the recognised region starts / ends */
  start: number;
  end: number;
}

const MAX_CANDIDATES = 10;
const SCORE_SCALE = 9;
const EMPTY_NAMES: RegionNames = {
  province: null,
  city: null,
  county: null,
  town: null,
  village: null,
};

interface Scored {
  place: Place;
  score: number;
}

function within(p: Place, scope: Scope): Scope['units'][number] | null {
  const code = placeCode(p);
  for (const u of scope.units) {
    if (isWithin(p.unit, u)) return u;
    const prefix =
      u.level === 'province'
        ? u.code.slice(0, 2)
        : u.level === 'city'
          ? u.code.slice(0, 4)
          : u.code;
    if (code.startsWith(prefix)) return u;
  }
  return null;
}

function scorePlace(p: Place, day: string, ctx: Scope, prev: Scope): number {
  let s = 1;
  if (isValidOn(p.unit, day)) s += 2;
  else if (p.unit.approxDates) s += 1;
  const c = within(p, ctx);
  if (c) s += c.level === 'province' && !isMunicipality(c.code) ? 2 : 3;
  for (const u of prev.units) {
    const code = placeCode(p);
    if (code.startsWith(u.code.slice(0, 4)) && !isMunicipality(u.code)) s += 2;
    else if (code.startsWith(u.code.slice(0, 2))) s += 1;
    if (p.town && p.unit.code === u.code) s += 1;
    break;
  }
  if (p.unit.pseudo) s -= 0.5;
  if (p.town?.pseudo) s -= 0.5;
  if (p.fuzzyTown) s -= 0.5;
  if (p.fuzzyUnit) s -= 0.5;
  if (p.unitUnwritten) s -= 0.25;
  return s;
}

/**
 * One candidate per code and name, the best weighed: a code back in use after a gap (a city a
 * province ran under a code of its own, then under its old one again) is two versions of one
 * unit, and the one valid on the date is meant.
 */
function bestOfEach(scored: Scored[]): Scored[] {
  const best = new Map<string, Scored>();
  for (const s of scored) {
    const k = `${placeCode(s.place)}|${s.place.unit.code}|${s.place.unit.name}`;
    const seen = best.get(k);
    if (!seen || s.score > seen.score) best.set(k, s);
  }
  return [...best.values()];
}

function commonNames(list: Scored[]): RegionNames {
  const names = list.map((s) => placeNames(s.place));
  const first = names[0];
  if (!first) return EMPTY_NAMES;
  const same = (k: keyof RegionNames): string | null =>
    names.every((n) => n[k] === first[k]) ? first[k] : null;
  return {
    province: same('province'),
    city: same('city'),
    county: same('county'),
    town: null,
    village: null,
  };
}

function isAmbiguous(top: Scored, second: Scored | undefined): boolean {
  if (!second || top.score - second.score >= 1) return false;
  const a = top.place;
  const b = second.place;
  const sameSub =
    (a.town?.code ?? '') === (b.town?.code ?? '') &&
    (a.village?.code ?? '') === (b.village?.code ?? '');
  return !(sameSub && sameLineage(a.unit, b.unit));
}

/**
 * Two communities or villages of one name inside one county (a 西大街社区 under two towns of
 * the same city): the name leaves the township open, not the county. When every candidate
 * as good as the best lies under the same county-level unit (and the same township, if they
 * share one), that unit is certain and is the answer; the village is left to be checked.
 */
function sharedUnit(scored: Scored[]): Place | null {
  const top = scored[0];
  if (!top || (!top.place.village && !top.place.town)) return null;
  const tied = scored.filter((s) => top.score - s.score < 1).map((s) => s.place);
  const unit = top.place.unit;
  if (!tied.every((p) => p.unit === unit && !p.fuzzyTown && (p.town || p.village))) return null;
  const town = top.place.town;
  const sameTown = town !== null && tied.every((p) => p.town?.code === town.code);
  return {
    unit,
    zone: top.place.zone,
    town: sameTown ? town : null,
    village: null,
    fuzzyTown: false,
  };
}

/**
 * A corps unit: what follows the 师/团 when it is a real place (第八师石河子市新城街道),
 * else the city the division administers as of the day (师市合一), else the township-level
 * unit the statistical table lists for the regiment or farm under a local county, else
 * nothing: the unit is flagged, never given a code outside GB/T 2260.
 */
function corpsPlaces(g: Gazetteer, key: string, bt: BingtuanMatch, day: string): Found | null {
  if (bt.end < key.length) {
    const inner = findPlaces(g, key, bt.end, EMPTY_SCOPE, EMPTY_SCOPE);
    const xinjiang = inner.places.filter((p) => placeCode(p).startsWith('65'));
    if (xinjiang.length) return { ...inner, places: xinjiang };
  }
  const city = divisionCity(bt.division, day);
  const unit = city ? (g.current.get(city) ?? g.byCode.get(city)?.[0]) : undefined;
  if (unit)
    return {
      places: [{ unit, zone: null, town: null, village: null, fuzzyTown: false }],
      end: bt.end,
      fromText: true,
      note: `按${bt.division ?? ''}师市合一的城市计`,
    };
  const town = !city && bt.regiment ? corpsTownship(bt.regiment, bt.division) : null;
  const county = town ? g.current.get(town.code.slice(0, 6)) : undefined;
  return town && county
    ? {
        places: [{ unit: county, zone: null, town, village: null, fuzzyTown: false }],
        end: bt.end,
        fromText: true,
        note: `统计用区划代码将${town.name}列在${county.name}下`,
      }
    : null;
}

function corpsNote(bt: BingtuanMatch): string {
  const unit = [BINGTUAN_NAME, bt.division, bt.regiment].filter(Boolean).join('');
  return `${unit}为新疆生产建设兵团单位，不属于 GB/T 2260 行政区划`;
}

/**
 * Words naming the notice's own place ("我县马坳镇…", "本市…"): they say where the notice
 * is from, which its context carries, and are no county of their own (我县 is not a
 * one-character-off 赣县).
 */
const OWN_PLACE = /^(?:我|本|该)(?:省|市|县|区|旗)/;

/** Leading list numbering and punctuation (1. （一） ①) carry no region. */
function skipLeading(key: string): number {
  let i = 0;
  while (
    i < key.length &&
    (isBoundary(key[i]) || (/[①-⑳⑴-⒇一二三四五六七八九十]/.test(key[i]!) && isBoundary(key[i + 1])))
  )
    i++;
  const own = OWN_PLACE.exec(key.slice(i));
  return own ? i + own[0].length : i;
}

/**
 * `whole`: the text is a region asked about as a whole (a record's region), not a line
 * whose front the import reader tries as a place; only then may a township and its village
 * be looked up nationwide.
 */
export function resolveNormalized(
  g: Gazetteer,
  text: string,
  norm: NormalizedText,
  opts: ResolveOptions,
  whole = false,
): RegionResolution {
  const asOf = opts.asOf ?? null;
  const day = asOf ?? todayIso();
  const key = norm.key;
  const start = skipLeading(key);
  const ctx = contextScope(g, opts.context);
  const prev = previousScope(g, opts.previous);
  const bt = withContextDivision(
    matchBingtuan(key, start, ctx.corps || prev.corps || Boolean(ctx.division)),
    ctx.division ?? prev.division,
  );
  const corps = bt ? corpsPlaces(g, key, bt, day) : null;
  if (bt && !corps) {
    return {
      text,
      asOf,
      candidates: [],
      start: norm.origin[start] ?? 0,
      end: norm.origin[bt.end] ?? text.length,
      code: null,
      level: null,
      names: { ...EMPTY_NAMES, province: BINGTUAN_NAME },
      current: null,
      note: `${corpsNote(bt)}，所属师无师市合一的城市，无区划代码，请核对`,
      regionCode: null,
    };
  }

  const found = corps ?? findPlaces(g, key, start, ctx, prev, whole);
  const scored = bestOfEach(
    found.places.map((place) => ({ place, score: scorePlace(place, day, ctx, prev) })),
  ).sort(
    (a, b) => b.score - a.score || compareOfficialOrder(placeCode(a.place), placeCode(b.place)),
  );
  const candidates = scored.slice(0, MAX_CANDIDATES).map((s) => ({
    code: answerCode(s.place),
    names: placeNames(s.place),
    score: Math.round((s.score / SCORE_SCALE) * 1000) / 1000,
  }));
  // Each answer is written out field by field, in the order the spread of a shared head
  // once gave them: V8 built every `{ ...head, code, … }` slowly (in a replay of the bench's
  // lookups, two thirds of this function's own time), and every lookup ends in one.
  const begin = norm.origin[start] ?? 0;
  const end = norm.origin[found.end] ?? text.length;
  const top = scored[0];
  if (!top) {
    return {
      text,
      asOf,
      candidates,
      start: begin,
      end: begin,
      code: null,
      level: null,
      names: EMPTY_NAMES,
      current: null,
      note: unresolvedNote(key, start),
      regionCode: null,
    };
  }
  const shared = isAmbiguous(top, scored[1]) ? sharedUnit(scored) : null;
  if (shared) {
    return {
      text,
      asOf,
      candidates,
      start: begin,
      end,
      code: answerCode(shared),
      level: answerLevel(shared),
      names: placeNames(shared),
      current: null,
      note: `「${key.slice(start, found.end)}」在${shared.town?.name ?? shared.unit.name}内有同名的${shared.town ? '村（社区）' : '乡镇、村（社区）'}，代码只取到${shared.town?.name ?? shared.unit.name}，请核对`,
      regionCode: placeRegionCode(shared),
    };
  }
  if (isAmbiguous(top, scored[1])) {
    const written = key.slice(start, found.end);
    return {
      text,
      asOf,
      candidates,
      start: begin,
      end,
      code: null,
      level: null,
      names: commonNames(scored),
      current: null,
      note: `「${written}」有歧义：${scored.length} 个同名区划，请结合上下文确认`,
      regionCode: null,
    };
  }
  const p = top.place;
  const today = todayIso();
  const next = p.town || p.village ? null : successorOf(g, p.unit, today);
  return {
    text,
    asOf,
    candidates,
    start: begin,
    end,
    code: answerCode(p),
    level: answerLevel(p),
    names: placeNames(p),
    current: next ? { code: next.code, names: unitNames(next) } : null,
    note: [
      bt ? corpsNote(bt) : '',
      found.note ?? '',
      describePlace(g, p, { ctxUsed: !found.fromText, choices: scored.length, day, today }),
    ]
      .filter(Boolean)
      .join('；'),
    regionCode: placeRegionCode(p),
  };
}

export function resolveRegion(text: string, opts: ResolveOptions = {}): RegionResolution {
  const g = loadGazetteer();
  const resolve = (t: string, o: ResolveOptions): RegionResolution =>
    resolveNormalized(g, t, normalizeRegionText(t), o, true);
  const zoned = resolveWithZoneFallback(text, opts, resolve);
  const first = bureauBranch(text, opts, zoned, resolve) ?? zoned;
  const across = resolveZoneAcrossCities(text, opts, first, resolve);
  const inContext = resolveInContextCounty(text, opts, across, (t) => resolve(t, opts));
  const past = resolvePastLeadingNoise(text, opts, inContext, (t) => resolve(t, opts));
  const fused = resolveFusedPlaceName(text, opts, past, (t) => resolve(t, opts));
  const short = resolveShortDistrict(text, opts, fused, (t) => resolve(t, opts));
  const banner = resolveBannerShortForm(text, opts, short, (t) => resolve(t, opts));
  const body = resolveShortCityBody(text, opts, banner, (t) => resolve(t, opts));
  const central = resolveCentralDistricts(text, opts, body);
  const english = resolveEnglishPlace(text, opts, resolveOwnBody(text, opts, central));
  return resolveTownStem(text, opts, withoutFarBareCounty(text, opts.context, english));
}
