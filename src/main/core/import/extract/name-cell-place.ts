/**
 * A name cell that opens with its own place under a province column (河北 | 张家口桑干河水利风景区)
 * or under a group cell that is no place (黄河委员会 | 兰考黄河水利风景区): the cell's place is the
 * unit's, read inside the row's province, and the rest of the cell is its name. A province is
 * no unit of such a list when the cell names a place below it; a cell with no place of its own
 * (安徽 | 采石) keeps the province the row writes.
 */
import { firstPlaceAt } from './short-place';
import type { RegionContext, RegionLookup } from './types';

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
  return rest === '' ? null : { regionText: hit.regionText, title: rest };
}
