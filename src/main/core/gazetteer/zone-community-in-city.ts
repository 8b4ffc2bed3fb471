/**
 * "高新区某某社区" under a notice of one city: a zone written bare, then a community, and no
 * township between. The zone names no county, but the community does when the city's
 * statistical table holds a community of that name in one county only: the line is placed
 * there and the note asks for a check. A name two counties share leaves the city.
 */
import { type Unit, loadGazetteer } from './gazetteer-data';
import { normalizeRegionText } from './normalize';
import { unitNames } from './place';
import type { RegionResolution } from './resolve-region';
import { scopeTowns } from './towns';
import { findVillagesNamed } from './villages';

/** A community's or village's whole name right after the zone word, nothing after it. */
const COMMUNITY = /^[\u4e00-\u9fff]{2,8}?(社区|村)$/;

export function zoneCommunityInCity(
  first: RegionResolution,
  text: string,
  zoneWord: string,
  city: Unit,
): RegionResolution | null {
  const community = COMMUNITY.exec(normalizeRegionText(text.slice(zoneWord.length)).key)?.[0];
  if (!community) return null;
  const villages = findVillagesNamed(community, city.code.slice(0, 4));
  const counties = new Set(villages.map((v) => v.code.slice(0, 6)));
  const only = counties.size === 1 ? [...counties][0]! : null;
  const county = only ? loadGazetteer().current.get(only) : undefined;
  const village = villages[0];
  if (!county || county.pseudo || !village) return null;
  const town = scopeTowns([county.code]).towns.find((t) => t.code === village.code.slice(0, 9));
  return {
    ...first,
    code: village.code,
    level: 'village',
    names: { ...unitNames(county), town: town?.name ?? null, village: community },
    current: null,
    regionCode: county.code,
    start: 0,
    end: text.length,
    note: `「${zoneWord}」是开发区等功能区，不是行政区划；其后的${community}在${city.name}只见于${county.name}，按${county.name}（${county.code}）计，请核对`,
  };
}
