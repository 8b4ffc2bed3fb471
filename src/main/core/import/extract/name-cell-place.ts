/**
 * A name cell that opens with its own place under a province column (河北 | 张家口桑干河水利风景区)
 * or under a group cell that is no place (黄河委员会 | 兰考黄河水利风景区): the cell's place is the
 * unit's, read inside the row's province, and the rest of the cell is its name. A province is
 * no unit of such a list when the cell names a place below it; a cell with no place of its own
 * (安徽 | 采石) keeps the province the row writes.
 */
import { firstPlaceAt } from './short-place';
import type { RegionContext, RegionLookup } from './types';

/**
 * A road or street named after the place (江西 | 南昌路…, 某省 | 九江大道…): the place is the
 * road's name, anywhere in any city, not where the unit lies. A 街道 is a division: read on.
 */
const NAMED_ROAD = /^[东西南北中]?(?:路|街(?!道)|巷|大道|大街)/;

export function nameCellPlace(
  /** The province column's cell, when the row's place is written there alone. */
  province: string,
  title: string,
  lookup: RegionLookup,
  ctx: RegionContext,
): { regionText: string; title: string } | null {
  if (title === '' || province === '') return null;
  const placed = lookup.splitPrefix(province, ctx)?.end === province.length;
  // The province written before the cell lets a short county be read in it (湖北 + 兴山…).
  const lead = placed ? province : '';
  const hit = firstPlaceAt(lead + title, lookup);
  if (!hit || hit.end <= lead.length || hit.end >= lead.length + title.length) return null;
  const rest = title.slice(hit.end - lead.length).trim();
  if (rest === '' || NAMED_ROAD.test(rest)) return null;
  return { regionText: hit.regionText, title: rest };
}
