/**
 * A county's short name that only opens a township's own name: "天津河西务镇" is 河西务镇 of
 * 武清区, not 河西区 (河西) + "务镇". A short name may be followed by a township of its county
 * (鄞州百丈街道), so the words after it are read as a township; but where the short name and
 * those words together are the whole name of a township of the same province lying in
 * another county, that township is what is written. A township of that very county so named
 * leaves the short name its county.
 */
import type { Unit } from './gazetteer-data';
import { scopeTowns } from './towns';

/**
 * The township words after the short name, up to and with their level word. Words opening
 * with a road word (济源路街道) name a street office called after a road, which the road rule
 * reads as written, not a township running on from the short name.
 */
const TOWNSHIP_REST = /^(?!路|大道|大街|街(?!道)|巷)[\u4e00-\u9fff]{1,6}?(?:街道|镇|乡)/;

/**
 * Whether the short name at [start, end) of `key`, meaning `units`, and the words after it
 * are the name of a township of the same province outside every one of those units.
 */
export function opensTownName(
  key: string,
  start: number,
  end: number,
  units: readonly Unit[],
): boolean {
  const counties = units.filter((u) => u.level === 'county');
  if (counties.length === 0 || counties.length !== units.length) return false;
  const rest = TOWNSHIP_REST.exec(key.slice(end, end + 10));
  if (!rest) return false;
  const name = key.slice(start, end) + rest[0];
  const provinces = [...new Set(counties.map((u) => u.code.slice(0, 2)))];
  const towns = scopeTowns(provinces).byFirst.get(name.charAt(0)) ?? [];
  const named = towns.filter((t) => t.key === name);
  return named.length > 0 && named.every((t) => !counties.some((c) => t.code.startsWith(c.code)));
}
