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
import { BINGTUAN_CODE, BINGTUAN_NAME, matchBingtuan, type BingtuanMatch } from './bingtuan';
import { findPlaces } from './find-places';
import { type Gazetteer, isValidOn, isWithin, loadGazetteer, todayIso } from './gazetteer-data';
import { isBoundary, normalizeRegionText, type NormalizedText } from './normalize';
import { compareOfficialOrder } from './official-order';
import {
  type Place,
  placeCode,
  placeLevel,
  placeNames,
  placeRegionCode,
  sameLineage,
  successorOf,
  unitNames,
} from './place';
import { resolveWithZoneFallback } from './dev-zone-fallback';
import { describePlace, unresolvedNote } from './resolution-notes';
import { type Scope, contextScope, isMunicipality, previousScope } from './scope';

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
  return s;
}

function dedupe(places: Place[]): Place[] {
  const seen = new Set<string>();
  return places.filter((p) => {
    const k = `${placeCode(p)}|${p.unit.code}|${p.unit.name}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
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

function bingtuanResolution(
  text: string,
  norm: NormalizedText,
  start: number,
  m: BingtuanMatch,
  asOf: string | null,
) {
  const names: RegionNames = {
    province: BINGTUAN_NAME,
    city: m.division,
    county: m.regiment,
    town: null,
    village: null,
  };
  const res: RegionResolution = {
    text,
    code: BINGTUAN_CODE,
    level: m.regiment ? 'county' : m.division ? 'city' : 'province',
    names,
    asOf,
    current: null,
    candidates: [{ code: BINGTUAN_CODE, names, score: 1 }],
    note: '新疆生产建设兵团单位，不属于 GB/T 2260 行政区划；代码 660000 仅用于排序（排在各省之后）',
    regionCode: BINGTUAN_CODE,
    start: norm.origin[start] ?? 0,
    end: norm.origin[m.end] ?? text.length,
  };
  return res;
}

/** Leading list numbering and punctuation (1. （一） ①) carry no region. */
function skipLeading(key: string): number {
  let i = 0;
  while (
    i < key.length &&
    (isBoundary(key[i]) || (/[①-⑳⑴-⒇一二三四五六七八九十]/.test(key[i]!) && isBoundary(key[i + 1])))
  )
    i++;
  return i;
}

export function resolveNormalized(
  g: Gazetteer,
  text: string,
  norm: NormalizedText,
  opts: ResolveOptions,
): RegionResolution {
  const asOf = opts.asOf ?? null;
  const day = asOf ?? todayIso();
  const key = norm.key;
  const start = skipLeading(key);
  const ctx = contextScope(g, opts.context);
  const prev = previousScope(g, opts.previous);
  const bt = matchBingtuan(key, start, ctx.corps || prev.corps);
  if (bt) return bingtuanResolution(text, norm, start, bt, asOf);

  const found = findPlaces(g, key, start, ctx, prev);
  const scored = dedupe(found.places)
    .map((place) => ({ place, score: scorePlace(place, day, ctx, prev) }))
    .sort(
      (a, b) => b.score - a.score || compareOfficialOrder(placeCode(a.place), placeCode(b.place)),
    );
  const candidates = scored.slice(0, MAX_CANDIDATES).map((s) => ({
    code: placeCode(s.place),
    names: placeNames(s.place),
    score: Math.round((s.score / SCORE_SCALE) * 1000) / 1000,
  }));
  const base = {
    text,
    asOf,
    candidates,
    start: norm.origin[start] ?? 0,
    end: norm.origin[found.end] ?? text.length,
  };
  const top = scored[0];
  if (!top) {
    return {
      ...base,
      code: null,
      level: null,
      names: EMPTY_NAMES,
      current: null,
      note: unresolvedNote(key, start),
      regionCode: null,
      end: base.start,
    };
  }
  if (isAmbiguous(top, scored[1])) {
    const written = key.slice(start, found.end);
    return {
      ...base,
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
    ...base,
    code: placeCode(p),
    level: placeLevel(p),
    names: placeNames(p),
    current: next ? { code: next.code, names: unitNames(next) } : null,
    note: describePlace(g, p, { ctxUsed: !found.fromText, choices: scored.length, day, today }),
    regionCode: placeRegionCode(p),
  };
}

export function resolveRegion(text: string, opts: ResolveOptions = {}): RegionResolution {
  const g = loadGazetteer();
  return resolveWithZoneFallback(text, opts, (t, o) =>
    resolveNormalized(g, t, normalizeRegionText(t), o),
  );
}
