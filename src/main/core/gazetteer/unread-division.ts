/**
 * A region typed by hand that names a division that is not today's: one the gazetteer
 * knows as renamed or abolished (its note says since when and what replaced it), or a name
 * with a county-level word that it reads only down to the city or province before it
 * ("苏州市吴县", "杭州市余杭县": a county gone before the gazetteer's history begins, or
 * misspelt). Its code then stands for another or a larger place, which must be said, not
 * stored silently.
 */
import { loadGazetteer } from './gazetteer-data';
import { resolveRegion, type RegionResolution } from './resolve-region';

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

/** What parts two places written in one cell: 、，和及与 / ; or a space. */
const BETWEEN = /^[\s、，,；;/和及与]+/;

/** A division's own level word, which a second place's name ends in when written out. */
const LEVEL_END = /[省市区县旗州盟]$/;
/** A code without its trailing zero pairs: what every place inside it starts with. */
const stem = (code: string): string => code.replace(/(?:00)+$/, '');
/** One place written inside the other ("江苏省、南京市", "鼓楼区 南京市"): the same place. */
const nested = (a: string, b: string): boolean => a.startsWith(stem(b)) || b.startsWith(stem(a));

/**
 * A second division written after the one read ("南通市崇川区、海门区", "崇川区 海门区"): the
 * code stands for the first only, and the second would be lost in silence. Read after a
 * separator only, and only when it is a division of its own from its first character
 * (a 社区 or 街道 after the county is inside it, not a second place). Its name must end in its
 * level word: a street's or community's name may begin with a place's short name (宁海路街道,
 * 山西路社区), which is no second place; nor is the first's own province, city or county.
 */
export function secondPlaceName(text: string, r: RegionResolution): string | null {
  if (!r.regionCode) return null;
  const rest = text.slice(r.end);
  const gap = BETWEEN.exec(rest)?.[0] ?? '';
  // The resolution may have read the space after the first place as its own.
  if (!gap && !/[\s、，,；;/和及与]$/.test(text.slice(0, r.end))) return null;
  const after = rest.slice(gap.length);
  const next = resolveRegion(after, { context: r.names.province ?? undefined });
  if (!next.regionCode || next.start !== 0 || nested(next.regionCode, r.regionCode)) return null;
  const name = after.slice(0, next.end).trimEnd();
  return LEVEL_END.test(name) ? name : null;
}
