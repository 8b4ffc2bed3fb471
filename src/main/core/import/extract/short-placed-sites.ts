/**
 * Scenic areas a news story names by their province and city written short and the area's own
 * name with no site word ("安徽芜湖方特、江苏徐州云龙湖、云南腾冲火山热海等6个景区", "撤销湖南长沙
 * 橘子洲、重庆南川神龙峡的5A级景区资格"): the closing count or grade of scenic areas says what
 * the names are, so each is an entry at its short place, its own name the title. Without such a
 * close the words after a short place are nothing to read (a story's 湖南长沙橘子洲 in passing).
 */
import { COMPANY_END } from './branch-offices';
import { placeStarts } from './lead-ins';
import { piece, type PlacePiece } from './place-piece';
import { classifyRest } from './place-rest';
import type { Piece } from './prose-labels';
import { toKey } from './text-key';
import type { RegionLookup } from './types';

/**
 * What closes the run after its last name: a count of scenic areas (等6个景区, 等3家5A级景区) or
 * the grade they hold or lose (的5A级景区资格).
 */
const SITES_CLOSE =
  /(?:等\s*[0-9一二两三四五六七八九十]+\s*[个家处座]\s*(?:[0-9]A级|国家级|省级)?(?:旅游)?景区|的\s*[0-9]A级(?:旅游)?景区(?:资格|称号|质量等级))/;

/** How far a run of names joined by 、 is followed to its close. */
const MAX_RUN = 30;

/** The offset in the key of the last piece where the run's close starts, or -1. */
function closeAt(pieces: Piece[], k: number): { last: number; at: number } | null {
  for (let j = k; j < pieces.length && j < k + MAX_RUN; j++) {
    const m = SITES_CLOSE.exec(toKey(pieces[j]!.text));
    if (m) return { last: j, at: m.index };
    if (pieces[j]!.sep !== '、') return null;
  }
  return null;
}

/**
 * The scenic area piece k names after its short place, in a run closed as a run of scenic
 * areas; null when the piece or its run is no such thing.
 */
export function shortPlacedSite(
  pieces: Piece[],
  k: number,
  lookup: RegionLookup,
  opening: boolean,
): PlacePiece | null {
  const close = closeAt(pieces, k);
  if (!close) return null;
  const p = pieces[k]!;
  const key = toKey(p.text);
  const nameEnd = close.last === k ? close.at : key.trimEnd().length;
  for (const from of opening ? placeStarts(key, true) : [0]) {
    const at = from + (key.slice(from).length - key.slice(from).trimStart().length);
    for (let n = Math.min(8, nameEnd - at - 2); n >= 3; n--) {
      const hit = lookup.splitPrefix(p.text.slice(at, at + n), {});
      if (hit?.end !== n) continue;
      const name = key.slice(at + n, nameEnd);
      // The name is the area's own: no place of its own, no clause (一个, 的…).
      if (!/^[\u4e00-\u9fff·]{2,6}$/.test(name) || /[的了在是]/.test(name)) break;
      // A company named after its province and city (湖南长沙银行) is a business, no area.
      if (COMPANY_END.test(name)) break;
      if (lookup.splitPrefix(p.text.slice(at + n, nameEnd), {})) break;
      const kind = close.last === k ? classifyRest(key.slice(nameEnd)) : { rest: 'none' as const };
      return { ...piece(p, at, at + n, kind), title: p.text.slice(at + n, nameEnd).trim() };
    }
  }
  return null;
}
