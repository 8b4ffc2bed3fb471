/**
 * From a normalized key to every place it can name: the county-level chain first, then a
 * township inside it (or inside the prefecture when no county is written), then a
 * village. With no county-level name at all, townships and communities are looked up in
 * the context's or the previous item's scope only — never nationwide for townships.
 */
import { parseChain } from './chain-parser';
import { hitsAt } from './name-index';
import { fuzzyCounty } from './fuzzy-county';
import { type DevZone, type Gazetteer, type Unit } from './gazetteer-data';
import { type Place, placeCode } from './place';
import { type Scope, isMunicipality, townScopePrefixes } from './scope';
import { matchTowns, matchVillages, matchVillagesPastPlace, type TownMatch } from './sub-county';
import { loadTowns } from './towns';
import { shortZoneNote, townsOfShortZone } from './short-zone-county';
import { townVillagePair } from './town-village-pair';
import { findVillagesNamed, type Village } from './villages';
import { villagesAfterProvince } from './village-after-province';
import { townsAfterZone, zonePrefixes } from './zone-towns';

export interface Found {
  places: Place[];
  /** end of the recognised region in the key */
  end: number;
  /** true when the county-level part came from the text itself */
  fromText: boolean;
  /** what was read but left out of the answer, for the resolution's note */
  note?: string;
}

function subPrefixes(units: Unit[], zone: DevZone | null): string[] {
  if (zone) return zone.counties;
  const out: string[] = [];
  for (const u of units) {
    if (u.level === 'county') out.push(u.code, ...u.successors);
    else if (u.level === 'city') out.push(u.code.slice(0, 4));
    else if (isMunicipality(u.code)) out.push(u.code.slice(0, 2));
  }
  return out;
}

function countyUnit(g: Gazetteer, code6: string): Unit | null {
  return g.current.get(code6) ?? g.byCode.get(code6)?.[0] ?? null;
}

/**
 * The written units a township may belong to; for a prefecture or zone, the township's
 * county. A renamed county is written the same before and after (崇川区 320602 → 320613),
 * so both stay candidates and the notice's date chooses between them when scored.
 */
function ownersOf(g: Gazetteer, units: Unit[], zone: DevZone | null, townCode: string): Unit[] {
  const c6 = townCode.slice(0, 6);
  if (!zone) {
    const owners = units.filter(
      (u) => u.level === 'county' && (u.code === c6 || u.successors.includes(c6)),
    );
    if (owners.length) return owners;
  }
  const unit = countyUnit(g, c6);
  return unit ? [unit] : [];
}

function withVillages(
  g: Gazetteer,
  key: string,
  base: Place,
  after: number,
): { places: Place[]; end: number } {
  if (!base.town) return { places: [base], end: after };
  const vs = matchVillages(key, after, [base.town.code]);
  if (!vs.length) return { places: [base], end: after };
  return { places: vs.map((v) => ({ ...base, village: v.village })), end: vs[0]!.end };
}

function placesFromTowns(
  g: Gazetteer,
  key: string,
  towns: TownMatch[],
  units: Unit[],
  zone: DevZone | null,
) {
  let places: Place[] = [];
  let end = 0;
  for (const m of towns) {
    for (const unit of ownersOf(g, units, zone, m.town.code)) {
      const r = withVillages(
        g,
        key,
        { unit, zone, town: m.town, village: null, fuzzyTown: m.fuzzy, townWritten: m.written },
        m.end,
      );
      if (r.end > end) {
        places = r.places;
        end = r.end;
      } else if (r.end === end) places.push(...r.places);
    }
  }
  return { places, end };
}

function placeOfVillage(g: Gazetteer, v: Village, zone: DevZone | null = null): Place | null {
  const unit = countyUnit(g, v.code.slice(0, 6));
  if (!unit) return null;
  const town =
    loadTowns()
      .byCounty.get(v.code.slice(0, 6))
      ?.find((t) => t.code === v.code.slice(0, 9)) ?? null;
  return { unit, zone, town, village: v, fuzzyTown: false };
}

/**
 * A community right after a county written by the name it had then (樂都縣古城西大街社區 in
 * 2012, the county now 乐都区): the village list files it under today's county, but the
 * written version is a candidate too, so the notice's date chooses (the written one where
 * the data's change date is only bracketed), and under the old version the answer stops at
 * the county valid then.
 */
function villageUnderWritten(g: Gazetteer, v: Village, written: Unit[]): Place[] {
  const place = placeOfVillage(g, v);
  if (!place) return [];
  const c6 = v.code.slice(0, 6);
  const older = written.filter((u) => u.code !== c6 && u.successors.includes(c6));
  if (!older.length) return [place];
  return [{ ...place, unitUnwritten: true }, ...older.map((unit) => ({ ...place, unit }))];
}

export function findPlaces(
  g: Gazetteer,
  key: string,
  start: number,
  ctx: Scope,
  prev: Scope,
  nationwidePairs = false,
): Found {
  const chain = parseChain(g, key, start);
  const own = ownTownOverShortCounty(g, key, start, chain, ctx);
  if (own) return own;
  const last = chain.parts[chain.parts.length - 1];
  // "齐齐哈尔市铁峰区": the prefecture is read, the county after it is one character off.
  if (last && !last.zone && last.units.every((u) => u.level !== 'county')) {
    const near = fuzzyCounty(g, key, chain.end, last.units);
    if (near) return fuzzyPlace(g, key, near);
  }
  if (last) {
    const zone = last.zone;
    const units = zone ? [] : last.units;
    const prefixes = subPrefixes(units, zone);
    const towns = matchTowns(key, chain.end, prefixes);
    if (towns.length) {
      const r = placesFromTowns(g, key, towns, units, zone);
      if (r.places.length) return { places: r.places, end: r.end, fromText: true };
    }
    // "重庆高新区白市驿镇…", "四川天府新区太平街道…", "成都市高新区芳草街道…": a zone nobody
    // listed (or a statistical zone unit), then a township that says which county it is in.
    const viaZone =
      !zone && units.every((u) => u.level !== 'county' || u.pseudo)
        ? (townsAfterZone(key, last.start, chain.end, zonePrefixes(units)) ??
          (units.every((u) => u.pseudo)
            ? townsAfterZone(key, last.start, last.start, zonePrefixes(units))
            : null))
        : null;
    if (viaZone) {
      const r = placesFromTowns(g, key, viaZone.towns, units, viaZone.zone);
      if (r.places.length) return { places: r.places, end: r.end, fromText: true };
    }
    // "海港区王滩镇…" where 王滩镇 lies in a city's 海港经济开发区, not in the other city's 海港区.
    const shortZone = townsOfShortZone(g, key, chain.parts, ctx);
    if (shortZone) {
      const r = placesFromTowns(g, key, shortZone.towns, [], null);
      if (r.places.length)
        return { places: r.places, end: r.end, fromText: true, note: shortZoneNote(shortZone) };
    }
    if (!zone && units.every((u) => u.level === 'county')) {
      const vs = matchVillagesPastPlace(key, chain.end, prefixes);
      const places = vs.flatMap((v) => villageUnderWritten(g, v.village, units));
      if (places.length) return { places, end: vs[0]!.end, fromText: true };
    }
    // "河北省承德市世纪城社区", "北京市草厂社区": a community right after its prefecture or
    // municipality, the district not written. Taken only when the name lies in one county
    // there; a name found in two districts leaves the answer at the prefecture rather than
    // making it ambiguous.
    if (
      !zone &&
      units.length &&
      units.every((u) => u.level === 'city' || (u.level === 'province' && isMunicipality(u.code)))
    ) {
      const vs = matchVillagesPastPlace(key, chain.end, prefixes);
      const places = vs
        .map((v) => placeOfVillage(g, v.village))
        .filter((p): p is Place => p !== null);
      if (inOneCounty(places)) return { places, end: vs[0]!.end, fromText: true };
      // The notice's context names one county among those that share the name: that one.
      const inContext = inContextCounty(places, ctx);
      if (inContext)
        return {
          places: inContext,
          end: vs[0]!.end,
          fromText: true,
          note: `${sharedText(key, chain.end, places)}，按上下文所在的${inContext[0]!.unit.name}计`,
        };
      const shared = sharedName(key, chain.end, places);
      if (shared)
        return { places: zonePlaces(g, units, zone), end: chain.end, fromText: true, note: shared };
    }
    // "贵州云舍村", "浙江余村": a village right after its province alone (a story naming a
    // national list's best known few). Taken only when no other village of the province bears
    // the name: a name found twice leaves the answer at the province, read whole so that the
    // item before (贵州云舍村 in 江口县) lends it no county of another province.
    const named = zone ? null : villagesAfterProvince(key, chain.end, units);
    if (named) {
      const places = named.villages
        .map((v) => placeOfVillage(g, v))
        .filter((p): p is Place => p !== null);
      if (places.length === 1) return { places, end: named.end, fromText: true };
      const shared = sharedName(key, chain.end, places);
      if (shared)
        return { places: zonePlaces(g, units, zone), end: named.end, fromText: true, note: shared };
    }
    return { places: zonePlaces(g, units, zone), end: chain.end, fromText: true };
  }
  const ownZone = zoneNamedByItsOwner(g, key, start);
  if (ownZone) return ownZone;
  // Nothing county-level recognised: a county one character off inside the notice's scope
  // (壁山县 in a 重庆 list), else a township or community in that scope.
  for (const scope of [ctx, prev]) {
    const near = fuzzyCounty(g, key, start, scope.units);
    if (near) return { ...fuzzyPlace(g, key, near), fromText: false };
  }
  for (const scope of [ctx, prev]) {
    const prefixes = townScopePrefixes(scope);
    const towns = matchTowns(key, start, prefixes);
    if (towns.length) {
      const r = placesFromTowns(g, key, towns, scope.units, null);
      if (r.places.length) return { places: r.places, end: r.end, fromText: false };
    }
    // "两江新区礼嘉街道" in a 重庆 notice: the zone's township inside the notice's scope. A
    // province's scope counts too ("某某经济开发区某某办事处" under a provincial notice): the
    // written zone word says a township follows, so the province's townships are searched
    // just as when the province is written in front of the zone.
    const viaZone = townsAfterZone(key, start, start, zonePrefixes(scope.units));
    const r = viaZone ? placesFromTowns(g, key, viaZone.towns, scope.units, viaZone.zone) : null;
    if (r?.places.length) return { places: r.places, end: r.end, fromText: false };
  }
  // "八月湖街道海嘉路社区" in a 江西省 notice: a township named nowhere else in the
  // notice's province. Only a unique name is taken; 城关镇 and its like stay unresolved.
  for (const scope of [ctx, prev]) {
    const provinces = scope.units.filter((u) => u.level === 'province' && !isMunicipality(u.code));
    if (!provinces.length) continue;
    const towns = matchTowns(
      key,
      start,
      provinces.map((u) => u.code.slice(0, 2)),
    );
    const r = placesFromTowns(g, key, towns, [], null);
    if (inOneCounty(r.places)) return { places: r.places, end: r.end, fromText: false };
  }
  // "小溪镇新东社区" with nothing around it: a township and its village named together. Only
  // for a string asked about as a whole: the reader of a list does not take a place it
  // finds nowhere in the notice's own scope as an entry.
  if (nationwidePairs && !ctx.units.length && !prev.units.length) {
    const pair = townVillagePair(key, start);
    const places = (pair?.villages ?? [])
      .map((v) => placeOfVillage(g, v))
      .filter((p): p is Place => p !== null);
    if (pair && places.length)
      return {
        places,
        end: pair.end,
        fromText: true,
        note: `「${pair.written}」未写区县，同名乡镇下有此村（社区）的仅此一处，请核对`,
      };
  }
  return findCommunity(g, key, start, ctx);
}

/**
 * "七星台镇孙家港村" in a list under 枝江市: a county written short somewhere else (七星区 in
 * 桂林) that is only the head of a township of the notice's own scope is that township. The
 * short form is a guess; a whole township name in the scope the notice gives is not.
 */
function ownTownOverShortCounty(
  g: Gazetteer,
  key: string,
  start: number,
  chain: ReturnType<typeof parseChain>,
  ctx: Scope,
): Found | null {
  const first = chain.parts[0];
  if (!first?.short || first.zone) return null;
  const prefixes = townScopePrefixes(ctx);
  if (!prefixes.length) return null;
  const inScope = (code: string): boolean =>
    prefixes.some((p) => code.startsWith(p) || p.startsWith(code));
  if (first.units.some((u) => inScope(u.code))) return null;
  // A township written bare (江口 for 江口镇 under a 颍上县 label) is as long as the far county's
  // short form: under one county, whose townships are few, the township is meant.
  const oneCounty = ctx.units.length > 0 && ctx.units.every((u) => u.level === 'county');
  const towns = matchTowns(key, start, prefixes).filter(
    (m) => !m.fuzzy && (m.end > first.end || (oneCounty && m.end === first.end)),
  );
  if (!towns.length) return null;
  const r = placesFromTowns(g, key, towns, ctx.units, null);
  return r.places.length ? { places: r.places, end: r.end, fromText: false } : null;
}

/**
 * "张家港经济技术开发区善港村": a statistical zone of township level (NBS 类似乡级单位) whose
 * name begins with the name of the county or city holding it says where it lies, so it is
 * found with no context — only among that unit's own zones, never a real township by a
 * short name nationwide.
 */
function zoneNamedByItsOwner(g: Gazetteer, key: string, start: number): Found | null {
  for (const { len, hits } of hitsAt(g.index, key, start)) {
    const prefixes = hits.flatMap((h) =>
      h.unit?.level === 'county'
        ? [h.unit.code]
        : h.unit?.level === 'city'
          ? [h.unit.code.slice(0, 4)]
          : [],
    );
    if (!prefixes.length) continue;
    const towns = matchTowns(key, start, prefixes).filter(
      (m) => m.town.pseudo && !m.fuzzy && m.end - start > len,
    );
    const r = towns.length ? placesFromTowns(g, key, towns, [], null) : null;
    if (r?.places.length) return { places: r.places, end: r.end, fromText: true };
  }
  return null;
}

/** A community several counties of the prefecture hold: said, so the wider answer is not silent. */
function sharedName(key: string, at: number, places: Place[]): string | null {
  if (new Set(places.map((p) => p.unit.name)).size < 2) return null;
  return `${sharedText(key, at, places)}，未定到区县，请核对`;
}

function sharedText(key: string, at: number, places: Place[]): string {
  const counties = [...new Set(places.map((p) => p.unit.name))];
  const name = places[0]?.village?.name ?? key.slice(at);
  return `「${name}」在${counties.join('、')}均有同名村（社区）`;
}

/**
 * Of villages found in several counties of a prefecture, those of the one county the
 * context names, hung on the context's own version of it (崇明县 before it became 崇明区:
 * the village's current code then stops at the county valid on the notice's date).
 */
function inContextCounty(places: Place[], ctx: Scope): Place[] | null {
  const counties = ctx.units.filter((u) => u.level === 'county');
  if (new Set(counties.map((u) => u.code)).size !== 1) return null;
  const inside = places.flatMap((p) => {
    const unit = counties.find((u) =>
      [u.code, ...u.successors].some((c) => placeCode(p).startsWith(c)),
    );
    return unit ? [{ ...p, unit }] : [];
  });
  return inOneCounty(inside) ? inside : null;
}

/** Places that all lie in one county-level unit (and there is at least one). */
function inOneCounty(places: Place[]): boolean {
  return places.length > 0 && new Set(places.map((p) => p.unit.code)).size === 1;
}

function fuzzyPlace(g: Gazetteer, key: string, near: { unit: Unit; end: number }): Found {
  const base: Place = {
    unit: near.unit,
    zone: null,
    town: null,
    village: null,
    fuzzyTown: false,
    fuzzyUnit: true,
  };
  const towns = matchTowns(key, near.end, [near.unit.code, ...near.unit.successors]);
  if (towns.length) {
    const r = placesFromTowns(g, key, towns, [near.unit], null);
    if (r.places.length)
      return {
        places: r.places.map((p) => ({ ...p, fuzzyUnit: true })),
        end: r.end,
        fromText: true,
      };
  }
  return { places: [base], end: near.end, fromText: true };
}

function zonePlaces(g: Gazetteer, units: Unit[], zone: DevZone | null): Place[] {
  if (!zone)
    return units.map((unit) => ({ unit, zone: null, town: null, village: null, fuzzyTown: false }));
  const counties = zone.counties.map((c) => countyUnit(g, c)).filter((u): u is Unit => u !== null);
  // one county: zone and district are run as one; several: the zone stands for its city
  const unit =
    counties.length === 1 ? counties[0]! : (g.current.get(`${zone.city}00`) ?? counties[0]);
  return unit ? [{ unit, zone, town: null, village: null, fuzzyTown: false }] : [];
}

const COMMUNITY =
  /^[\u4e00-\u9fff]{2,12}?(社区居民委员会|社区居委会|村民委员会|居委会|村委会|社区|村|嘎查)/;

/** A bare community/village name: within the context if any, else nationwide. */
function findCommunity(g: Gazetteer, key: string, start: number, ctx: Scope): Found {
  const m = COMMUNITY.exec(key.slice(start));
  if (!m) return { places: [], end: start, fromText: false };
  const token = m[0].replace(/(居民委员会|居委会)$/, '').replace(/村民委员会$|村委会$/, '村');
  const prefixes = ctx.units.length
    ? ctx.units.map((u) =>
        u.level === 'province'
          ? u.code.slice(0, 2)
          : u.level === 'city'
            ? u.code.slice(0, 4)
            : u.code,
      )
    : [''];
  const places: Place[] = [];
  for (const prefix of new Set(prefixes)) {
    for (const v of findVillagesNamed(token, prefix)) {
      const p = placeOfVillage(g, v);
      if (p) places.push(p);
    }
  }
  return { places, end: start + m[0].length, fromText: false };
}
