/**
 * Development zones nobody listed: "成都高新区", "长沙经开区", "某某工业园区". They are not
 * GB/T 2260 units and most have no alias in our table, but staff always mean a zone inside
 * the city named in front of the suffix. So when the resolver found nothing more specific
 * than a province, a city name directly before a zone suffix answers with that city, and
 * the note says why. Zones with a known county (区政合一) are in the alias table instead.
 */
import { type Unit, loadGazetteer } from './gazetteer-data';
import { normalizeRegionText } from './normalize';
import { unitNames } from './place';
import type { ResolveOptions, RegionResolution } from './resolve-region';
import { contextScope, isMunicipality } from './scope';
import { scopeTowns } from './towns';
import { contextDistrictNewArea, districtNewArea } from './district-new-area';
import { municipalZoneDistrict } from './municipal-zone-district';
import { zoneCommunityInCity } from './zone-community-in-city';
import { zoneNamedAfterUnit } from './zone-named-after-unit';
import { zoneTownInCity } from './zone-town-in-city';

const ZONE_SUFFIX =
  /(国家级?)?(高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|工业园区|产业园区|保税区|投资区|新区|园区|综合实验区|综合试验区|实验区|试验区|示范区)/;

/** Zones that run townships taken from counties: development zones and scenic areas. */
const TOWN_HOLDING_ZONE = new RegExp(
  `${ZONE_SUFFIX.source}|风景名胜区|风景区|旅游区|文旅区|度假区`,
);

/**
 * A zone written with no place in front ("经开区富强路社区") under a notice whose context is
 * one city: the zone is that city's, and nothing says which county, so the answer is the
 * city and the note asks for a check. Without such a context nothing is guessed.
 */
function inContextCity(
  text: string,
  opts: ResolveOptions,
  first: RegionResolution,
  zoneWord: string,
): RegionResolution {
  const units = contextScope(loadGazetteer(), opts.context).units;
  const city = units[0];
  if (units.length !== 1 || !city || city.level !== 'city') return first;
  const office =
    zoneOfficeInCity(first, text, zoneWord, city) ??
    zoneCommunityInCity(first, text, zoneWord, city);
  if (office) return office;
  return {
    ...first,
    code: city.code,
    level: 'city',
    names: unitNames(city),
    current: null,
    regionCode: city.code,
    start: 0,
    end: zoneWord.length,
    note: `「${zoneWord}」是开发区等功能区，不是行政区划，未写明所在区县，按上下文所在城市 ${city.name}（${city.code}）处理，请核对`,
  };
}

/**
 * "高新区某某办事处某某社区" under one city: the statistical table lists a zone's offices under
 * the zone's own longer name (某某开发区某某办事处) in the county that holds them. The office
 * written after the bare zone word, found in the city only under such a zone-named township,
 * places the item in that county; a name found in two counties, or under no zone, does not.
 */
function zoneOfficeInCity(
  first: RegionResolution,
  text: string,
  zoneWord: string,
  city: Unit,
): RegionResolution | null {
  const rest = normalizeRegionText(text.slice(zoneWord.length)).key;
  const office = /^[\u4e00-\u9fff]{2,6}?(办事处|街道|镇|乡)/.exec(rest)?.[0];
  if (!office) return null;
  const hits = scopeTowns([city.code.slice(0, 4)]).towns.filter(
    (t) => t.key.endsWith(office) && ZONE_SUFFIX.test(t.key.slice(0, -office.length)),
  );
  const g = loadGazetteer();
  const county = hits[0] ? g.current.get(hits[0].code.slice(0, 6)) : undefined;
  if (!county || hits.length !== 1) return null;
  const town = hits[0]!;
  // A zone of county level in the statistical table is no GB/T 2260 unit: its city is.
  let holder: Unit = county;
  while (holder.pseudo && holder.parent) holder = holder.parent;
  return {
    ...first,
    code: town.code,
    level: 'town',
    names: { ...unitNames(county), town: town.name },
    current: null,
    regionCode: holder.code,
    start: 0,
    end: zoneWord.length + office.length,
    note: `「${zoneWord}${office}」在统计用区划中列为${county.name}的${town.name}，按${holder.name}（${holder.code}）计，请核对`,
  };
}

/**
 * "经开区（某某区）某某街道…": a zone written bare, then the district it is run with in
 * brackets. The bracketed name is the division, so it places the line; the note keeps the zone.
 */
function bracketedCounty(
  text: string,
  opts: ResolveOptions,
  zoneWord: string,
  resolve: (text: string, opts: ResolveOptions) => RegionResolution,
): RegionResolution | null {
  const inner = /^[（(]\s*([\u4e00-\u9fff]{2,8}?(?:区|县|市|旗))\s*[）)]/.exec(
    text.slice(zoneWord.length),
  );
  if (!inner?.[1]) return null;
  const county = resolve(inner[1], opts);
  if (county.level !== 'county' || !county.code || county.end !== inner[1].length) return null;
  return {
    ...county,
    text,
    start: 0,
    end: zoneWord.length + inner[0].length,
    note: `「${zoneWord}」是开发区等功能区，不是行政区划，按括注的 ${inner[1]}（${county.code}）处理`,
  };
}

/** The bracketed district of a zone written at the start of the text, or null. */
export function zoneWithBracketedCounty(
  text: string,
  opts: ResolveOptions,
  resolve: (text: string, opts: ResolveOptions) => RegionResolution,
): RegionResolution | null {
  const m = ZONE_SUFFIX.exec(text);
  return m?.index === 0 ? bracketedCounty(text, opts, m[0], resolve) : null;
}

/** The township or village words that say the text goes on below the zone. */
const BELOW_ZONE = /街道|办事处|镇|乡|社区|村/;

/**
 * A zone named after a municipality, or under one's notice ("某市某某新区", "某某新区" in a
 * 直辖市's list): a 直辖市 is a city itself, so its zone is its own just as 成都高新区 is
 * 成都市's. The zone has no code and no county is named: the municipality answers, and
 * the note asks for a check. A zone whose townships follow is left to the township readers.
 */
function zoneInMunicipality(
  text: string,
  opts: ResolveOptions,
  first: RegionResolution,
  m: RegExpExecArray,
  /** Absent in the splitter's view: the zone's end is the same whichever unit answers. */
  resolve?: (text: string, opts: ResolveOptions) => RegionResolution,
): RegionResolution | null {
  if (BELOW_ZONE.test(text.slice(m.index + m[0].length))) return null;
  const g = loadGazetteer();
  const written = first.level === 'province' && first.code !== null && first.start === 0;
  const inContext = first.code === null ? contextScope(g, opts.context).units : [];
  const only = written ? g.current.get(first.code!) : inContext.length === 1 ? inContext[0] : null;
  if (!only || only.level !== 'province' || !isMunicipality(only.code)) return null;
  const name = text.slice(written ? first.end : 0, m.index);
  if (!/^[\u4e00-\u9fff]{2,4}$/.test(name) || /[区县市旗]$/.test(name)) return null;
  const end = m.index + m[0].length;
  const district = resolve ? municipalZoneDistrict(only, name, opts, resolve) : null;
  if (district)
    return {
      ...district,
      text,
      start: 0,
      end,
      note: `「${name}${m[0]}」是开发区等功能区，不是行政区划，以${district.names.county ?? name}命名，按该区县（${district.code}）处理，请核对`,
    };
  return {
    ...first,
    code: only.code,
    level: only.level,
    names: unitNames(only),
    current: null,
    regionCode: only.code,
    start: 0,
    end: m.index + m[0].length,
    note: `「${name}${m[0]}」是开发区等功能区，不是行政区划，未写明所在区县，按所在直辖市 ${only.name}（${only.code}）处理，请核对`,
  };
}

/** A municipality's zone at the start of the text (the splitter's view), or null. */
export function municipalZoneAtStart(
  text: string,
  opts: ResolveOptions,
  first: RegionResolution,
): RegionResolution | null {
  if (first.code !== null && first.level !== 'province') return null;
  const m = ZONE_SUFFIX.exec(text);
  return m && m.index > 0 ? zoneInMunicipality(text, opts, first, m) : null;
}

/**
 * A county-level city the province governs directly (济源, 仙桃: no city above it) stands
 * where a city would, so a zone named after it ("某某示范区" governing the whole city) is its.
 */
function provinceAdministered(r: RegionResolution): boolean {
  return r.level === 'county' && r.names.city === null && r.end === r.text.length;
}

export function resolveWithZoneFallback(
  text: string,
  opts: ResolveOptions,
  resolve: (text: string, opts: ResolveOptions) => RegionResolution,
): RegionResolution {
  return zoneFallback(zoneText(text), opts, resolve);
}

/**
 * A zone's suffix in traditional characters (濟源示範區, 開發區) is the same suffix: such a
 * zone is read on the simplified text, when simplifying keeps every offset.
 */
function zoneText(text: string): string {
  if (ZONE_SUFFIX.test(text)) return text;
  // The splitter has normalised this very text (or is about to): its conversion is kept.
  const simple = normalizeRegionText(text).simplified;
  return simple.length === text.length && ZONE_SUFFIX.test(simple) ? simple : text;
}

function zoneFallback(
  text: string,
  opts: ResolveOptions,
  resolve: (text: string, opts: ResolveOptions) => RegionResolution,
): RegionResolution {
  const first = resolve(text, opts);
  if (first.level === 'city')
    return (
      zoneTownInCity(text, first, TOWN_HOLDING_ZONE) ??
      districtNewArea(text, opts, first, resolve) ??
      zoneAfterCityNamedAfterUnit(text, opts, first, resolve) ??
      first
    );
  if (first.level !== null && first.level !== 'province') return first;
  const m = ZONE_SUFFIX.exec(text);
  if (!m) return first;
  if (m.index === 0)
    return bracketedCounty(text, opts, m[0], resolve) ?? inContextCity(text, opts, first, m[0]);
  return (
    zoneAfterPlace(text, opts, first, m, resolve) ??
    contextDistrictNewArea(text, opts, first, resolve) ??
    first
  );
}

/**
 * "某市某某经济开发区某某社区": a zone written after its city and named after one of its
 * districts (or a township), the place below it read inside that division.
 */
function zoneAfterCityNamedAfterUnit(
  text: string,
  opts: ResolveOptions,
  first: RegionResolution,
  resolve: (text: string, opts: ResolveOptions) => RegionResolution,
): RegionResolution | null {
  const m = ZONE_SUFFIX.exec(text);
  if (!m || m.index < first.end + 2) return null;
  const r = zoneNamedAfterUnit(text, opts, m, resolve);
  return r?.code?.startsWith(first.code?.slice(0, 4) ?? '-') ? r : null;
}

/**
 * A zone written after the place it is named for ("常州经开区…", "某某综合实验区某某镇"): the
 * county it is named after with its township, a municipality, or the city in front of the
 * suffix; null when none of them is written there.
 */
function zoneAfterPlace(
  text: string,
  opts: ResolveOptions,
  first: RegionResolution,
  m: RegExpExecArray,
  resolve: (text: string, opts: ResolveOptions) => RegionResolution,
): RegionResolution | null {
  // A municipality's zone named after one of its districts, former ones too (重庆市万盛经开区),
  // answers before the city-in-front reading, which would take the district without saying so.
  const named =
    zoneNamedAfterUnit(text, opts, m, resolve) ?? zoneInMunicipality(text, opts, first, m, resolve);
  if (named) return named;
  // The city is written in short form in front of the suffix (成都高新区): try it with 市.
  return cityBeforeZone(text, opts, first, m, resolve);
}

function cityBeforeZone(
  text: string,
  opts: ResolveOptions,
  first: RegionResolution,
  m: RegExpExecArray,
  resolve: (text: string, opts: ResolveOptions) => RegionResolution,
): RegionResolution | null {
  const before = text.slice(0, m.index);
  for (const candidate of [before, `${before}市`]) {
    const city = resolve(candidate, opts);
    if (city.code && (city.level === 'city' || provinceAdministered(city))) {
      return {
        ...city,
        text,
        start: first.start,
        end: m.index + m[0].length,
        note: `「${before}${m[0]}」是开发区等功能区，不是行政区划，按所在城市 ${city.names.city ?? city.names.county ?? ''}（${city.code}）处理`,
      };
    }
  }
  return null;
}

/**
 * A zone written after its place at the start of the text (the splitter's view of what
 * resolveRegion answers, so that a list line "常州经开区某局" splits where it resolves), or null.
 */
export function zoneAfterPlaceAtStart(
  text: string,
  opts: ResolveOptions,
  first: RegionResolution,
  resolve: (text: string, opts: ResolveOptions) => RegionResolution,
): RegionResolution | null {
  if (first.level !== null && first.level !== 'province') return null;
  const zoned = zoneText(text);
  const m = ZONE_SUFFIX.exec(zoned);
  return m && m.index > 0 ? zoneAfterPlace(zoned, opts, first, m, resolve) : null;
}

/**
 * A zone of its own placed at a municipality's code ("某市某某新区", a state-level new area
 * spanning several districts): a 直辖市 is the city level for its districts, so the zone is
 * a unit just as a city's is, while the municipality written bare is not. The zone's own
 * name (two to four characters before the zone word) has to be there.
 */
export function namesMunicipalZone(text: string, code: string): boolean {
  if (!isMunicipality(code) || !code.endsWith('0000')) return false;
  const key = normalizeRegionText(text).key;
  const m = ZONE_SUFFIX.exec(key);
  if (!m) return false;
  const full = loadGazetteer().current.get(code)?.name ?? '';
  const short = full.replace(/市$/, '');
  const before = key.slice(0, m.index);
  const own = [full, short].find((n) => n && before.startsWith(n));
  const name = own ? before.slice(own.length) : before;
  return /^[\u4e00-\u9fff]{2,4}$/.test(name) && !/[区县市旗]$/.test(name);
}
