/**
 * A region typed by hand that names a division that is not today's: one the gazetteer
 * knows as renamed or abolished (its note says since when and what replaced it), or a name
 * with a county-level word that it reads only down to the city or province before it
 * ("苏州市吴县", "杭州市余杭县": a county gone before the gazetteer's history begins, or
 * misspelt). Its code then stands for another or a larger place, which must be said, not
 * stored silently.
 */
import { loadGazetteer } from './gazetteer-data';
import type { RegionResolution } from './resolve-region';

/** A name ending in a county-level word, at the front of what was left unread. */
const COUNTY_NAME = /^\s*([\p{Script=Han}]{1,8}?(?:自治县|自治旗|林区|特区|县|区|市|旗))/u;
/** Words ending in 区 that name a place inside a county, never a county itself. */
const NOT_A_COUNTY = /(?:社区|小区|园区|景区|片区|街区|校区|辖区|城区|新区|矿区|牧区|山区|库区)$/;

/** The county-level name the resolution stopped before, if any. */
export function unreadCountyName(text: string, r: RegionResolution): string | null {
  if (!r.regionCode || (r.level !== 'city' && r.level !== 'province')) return null;
  const name = COUNTY_NAME.exec(text.slice(r.end))?.[1];
  return name && !NOT_A_COUNTY.test(name) ? name : null;
}

/** The division read is not today's: renamed (a successor known) or abolished (code not current). */
export function notTodaysDivision(r: RegionResolution): boolean {
  if (!r.regionCode) return false;
  return r.current !== null || !loadGazetteer().current.has(r.regionCode);
}
