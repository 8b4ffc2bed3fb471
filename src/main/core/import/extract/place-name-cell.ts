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

/** A bracketed aside closing a county cell: what the county takes in (含高新区, 含开发区). */
const ASIDE = /\((?:含|包括|包含)[^()]{1,12}\)$/;

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
  // A county cell may carry an aside on what it takes in (安居区（含高新区）): no part of its name.
  const county = keyOf(place).trim().replace(ASIDE, '');
  if (county !== '' && TOWN_OR_VILLAGE.test(key)) {
    // The township must be read inside the county: a name the county does not go on into
    // (a place elsewhere, or words that only look like one) is left as it is.
    const hit = lookup.splitPrefix(county + key, ctx);
    return hit && hit.end > county.length ? county + key : null;
  }
  if (place === '') {
    const hit = lookup.splitPrefix(key, ctx);
    return hit && hit.end >= key.length ? hit.regionText : null;
  }
  return null;
}

/** A province's name opening a place (江苏省, 广西壮族自治区, 内蒙古自治区). */
const PROVINCE_HEAD = /^[\u4e00-\u9fff]{2,7}?(?:省|自治区|市)/;

/**
 * Whether a name cell is a whole place written from its province down (江苏省无锡市, 陕西省
 * 榆林市榆阳区): a unit of the list, of whatever level. A bare place (北京市, 无锡市) stays as it
 * is: an organisation's list may hold a city's name as a word of its own.
 */
export function wholePlace(regionText: string | undefined | null, lookup: RegionLookup): boolean {
  const key = keyOf(regionText ?? '');
  const head = PROVINCE_HEAD.exec(key);
  if (!head || head[0].length >= key.length) return false;
  return lookup.codeOf ? lookup.codeOf(key, {}) != null : true;
}
