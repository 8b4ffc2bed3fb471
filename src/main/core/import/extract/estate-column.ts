/**
 * A column of residential estates beside a column of their places (所在区域 | 小区, 乡镇（街道）|
 * 小区名称): the estate is what the row lists, so its cell is the row's title, read at the place
 * the other column gives (a red-property or water-saving estate list). An estate column with no
 * other place column beside it keeps naming the row's place (某街道某社区某小区), and one beside a
 * theme column stays the unit the theme is about. A row whose title cell names a community
 * (某某社区, 某某居委会: a 社区 list headed 小区) names its unit, not an estate.
 */
import { keyOf } from './text-key';
import type { ColumnRole } from './table-columns';

const ESTATE_HEADER = /^(小区|小区名|小区名称|居民小区|住宅小区|院落|小区\(院落\))$/;
const PLACE: readonly ColumnRole[] = ['province', 'city', 'region', 'unit'];

export function estatesAsTitles(cells: readonly string[], roles: ColumnRole[]): ColumnRole[] {
  if (roles.includes('title')) return roles;
  const estate = cells.map((c) => ESTATE_HEADER.test(keyOf(c)));
  if (!estate.some(Boolean)) return roles;
  const placedBeside = roles.some((r, i) => !estate[i] && PLACE.includes(r));
  if (!placedBeside) return roles;
  return roles.map((r, i) => (estate[i] ? 'title' : r));
}

const COMMUNITY = /^[\u4e00-\u9fff]{2,10}(?:社区|居委会)$/;

/** A row's roles, its title cell read as its unit when that cell is a community and no unit cell is. */
export function communityTitleAsUnit(cells: readonly { text: string }[], roles: ColumnRole[]) {
  const at = roles.indexOf('title');
  if (at < 0 || roles.includes('unit')) return roles;
  if (!COMMUNITY.test(keyOf(cells[at]?.text ?? '').trim())) return roles;
  return roles.map((r, i): ColumnRole => (i === at ? 'unit' : r));
}
