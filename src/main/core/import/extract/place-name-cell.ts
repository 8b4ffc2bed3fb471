/**
 * A list laid out as a place column and a column of who the list names (县（市、区） | 名单), the
 * names being places themselves: a township or a township's village under the county beside it
 * (安居区 | 三家镇, 船山区 | 桂花镇金井村), or a county-level place on a row of its own whose place
 * cell is empty (先进县 | | 射洪市). Such a name is the unit, read inside the county: the entry
 * is its place with no title, as a village in a place column would be. A name that is no place
 * (某某农业园, 某协会) stays the row's title.
 */
import { keyOf } from './text-key';
import type { RegionContext, RegionLookup } from './types';

/** A township, or a township and its village or community, written alone. */
const TOWN_OR_VILLAGE =
  /^[\u4e00-\u9fff]{1,8}?(?:镇|乡|街道|苏木)(?:[\u4e00-\u9fff]{1,10}?(?:村|社区|嘎查))?$/;

/**
 * The region a place-like name cell gives the row, read inside the row's place (`place`, the
 * place columns combined, possibly empty), or null when the name is no place of its own.
 */
export function placeFromNameCell(
  place: string,
  name: string,
  lookup: RegionLookup,
  ctx: RegionContext,
): string | null {
  const key = keyOf(name).trim();
  if (key === '') return null;
  if (place !== '' && TOWN_OR_VILLAGE.test(key)) {
    // The township must be read inside the county: a name the county does not go on into
    // (a place elsewhere, or words that only look like one) is left as it is.
    const hit = lookup.splitPrefix(place + key, ctx);
    return hit && hit.end > place.length ? place + key : null;
  }
  if (place === '') {
    const hit = lookup.splitPrefix(key, ctx);
    return hit && hit.end >= key.length ? hit.regionText : null;
  }
  return null;
}
