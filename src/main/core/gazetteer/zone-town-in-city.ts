/**
 * A zone written between its city and a township ("某市某某新区某某乡某村", a scenic area's
 * committee "某市某某风景区管理委员会某某乡"): the zone has no
 * GB/T 2260 code, so the resolver stops at the city. The township after it is an ordinary
 * township of one of the city's counties (a new area runs towns it took over from them): when
 * exactly one county of that city has a township of that name, the line is placed there.
 * A township the data no longer has (merged into a neighbour) leaves its village to say where:
 * a village of that name in one county of the city only places the line in that county.
 */
import { loadGazetteer } from './gazetteer-data';
import { normalizeRegionText } from './normalize';
import { unitNames } from './place';
import type { RegionResolution } from './resolve-region';
import { scopeTowns } from './towns';
import { findVillagesNamed } from './villages';

/** A township's name right after the zone word. */
const TOWNSHIP = /^[\u4e00-\u9fff]{1,6}?(街道办事处|街道|民族乡|镇|乡|苏木)/;
/** A zone's managing office, written after the zone's name. */
const OFFICE = /^(管理委员会|管委会|管理局|管理处)/;
/** A village's or community's name right after the township. */
const VILLAGE = /^[\u4e00-\u9fff]{1,8}?(村|社区|嘎查)/;

/**
 * The township's county when `text` names, after the city `first` resolved to, a zone (its
 * name ending in one of `zoneSuffix`'s words) and then a township unique in that city.
 */
export function zoneTownInCity(
  text: string,
  first: RegionResolution,
  zoneSuffix: RegExp,
): RegionResolution | null {
  if (first.level !== 'city' || !first.code) return null;
  const rest = text.slice(first.end);
  const zone = zoneSuffix.exec(rest);
  // The zone's own name sits right after the city (金海湖新区): a few characters at most.
  if (!zone || zone.index > 6 || /[\s，。、,;；:：()（）]/.test(rest.slice(0, zone.index)))
    return null;
  // The zone's office may be written in its place (某某风景区管理委员会某乡).
  const office = OFFICE.exec(rest.slice(zone.index + zone[0].length))?.[0] ?? '';
  const zoneEnd = zone.index + zone[0].length + office.length;
  const town = TOWNSHIP.exec(normalizeRegionText(rest.slice(zoneEnd)).key)?.[0];
  if (!town) return null;
  const hits = scopeTowns([first.code.slice(0, 4)]).towns.filter(
    (t) => !t.pseudo && t.key === town,
  );
  if (hits.length === 0) return villageInCity(text, first, zoneEnd + town.length);
  const hit = hits[0];
  const county = hit ? loadGazetteer().current.get(hit.code.slice(0, 6)) : undefined;
  if (!hit || !county || hits.length !== 1 || county.pseudo) return null;
  const zoneName = rest.slice(0, zoneEnd);
  return {
    ...first,
    code: hit.code,
    level: 'town',
    names: { ...unitNames(county), town: hit.name },
    current: null,
    regionCode: county.code,
    end: first.end + zoneEnd + town.length,
    note: `「${zoneName}」是功能区，不是行政区划，其后的${hit.name}在${county.name}，按${county.name}（${county.code}）计，请核对`,
  };
}

/**
 * The county of the village written after a township the city's data does not have: only when
 * every village of that name in the city lies in one county.
 */
function villageInCity(
  text: string,
  first: RegionResolution,
  townEnd: number,
): RegionResolution | null {
  const rest = text.slice(first.end);
  const village = VILLAGE.exec(normalizeRegionText(rest.slice(townEnd)).key)?.[0];
  if (!village || !first.code) return null;
  const counties = new Set(
    findVillagesNamed(village, first.code.slice(0, 4)).map((v) => v.code.slice(0, 6)),
  );
  const only = counties.size === 1 ? [...counties][0]! : null;
  const county = only ? loadGazetteer().current.get(only) : undefined;
  if (!county || county.pseudo) return null;
  const written = rest.slice(0, townEnd);
  return {
    ...first,
    code: county.code,
    level: 'county',
    names: unitNames(county),
    current: null,
    regionCode: county.code,
    end: first.end + townEnd,
    note: `「${written}」中的乡镇不在现行区划中，其后的${village}在${county.name}，按${county.name}（${county.code}）计，请核对`,
  };
}
