/**
 * A list whose only named column (名称, 单位名称 read as a title…) holds places written in
 * full — "成都市温江区寿安镇", "北川羌族自治县桂溪镇" — lists those places: each cell is the
 * unit, not a title. Without this the table has no place column and every row is left
 * unplaced, although every name is complete (文明村镇 and 示范村 lists are written so).
 */
import type { Cell, ColumnRole } from './table-columns';
import type { RegionLookup } from './types';

const PLACE_ROLES: readonly ColumnRole[] = ['province', 'city', 'region', 'unit'];
/** What a township or village name ends with once its county has been read off. */
const UNIT_END = /(镇|乡|街道|村|社区|嘎查|苏木|居委会|村委会)$/;
/**
 * A characteristic town (特色小镇: "诸暨袜艺小镇", "余杭梦想小镇") ends in 小镇 after its county
 * but is a named project, not a township: its cell is the county and a title.
 */
const NAMED_TOWN = /.{2,}小镇$/;
const MAX_UNIT = 14;

/** A cell that is a county chain followed by at most a township and village name. */
function isPlaceName(text: string, lookup: RegionLookup): boolean {
  const t = text.replace(/\s+/g, '');
  const hit = lookup.splitPrefix(t, {});
  if (!hit || hit.end === 0) return false;
  const rest = t.slice(hit.end);
  return rest === '' || (rest.length <= MAX_UNIT && UNIT_END.test(rest) && !NAMED_TOWN.test(rest));
}

/** The roles with such a name column read as the unit, when the table has no place column. */
export function namesAsPlaces(
  roles: ColumnRole[],
  body: Cell[][],
  lookup: RegionLookup,
): ColumnRole[] {
  if (roles.some((r) => PLACE_ROLES.includes(r))) return roles;
  const named = roles.flatMap((r, c) => (r === 'title' || r === 'name' ? [c] : []));
  if (named.length !== 1) return roles;
  const at = named[0]!;
  const values = body.map((r) => r[at]?.text.trim() ?? '').filter((v) => v !== '');
  if (values.length < 2) return roles;
  const places = values.filter((v) => isPlaceName(v, lookup)).length;
  if (places / values.length < 0.8) return roles;
  const out = [...roles];
  out[at] = 'unit';
  return out;
}
