/**
 * A counted run of villages written as their township and a place name without 村 ("某县甲镇
 * 老王庄、乙镇丙寨、乙镇丁屯3个村被评为…"): hamlets named 庄, 寨, 屯, 铺 or with no such word
 * at all, which the division list does not know and no suffix marks as villages. The run's own
 * count says what they are: where it counts villages (N个村) and names exactly as many items,
 * each is a village under its township, the county the first item writes. A count that does
 * not agree reads them the same, and the list's count check warns of the difference.
 */
import { parseNumber } from './chinese-numerals';
import { classifyRest, COUNT_NUMBER } from './place-rest';
import type { PlacePiece } from './place-piece';
import type { Piece } from './prose-labels';
import { regionParts } from './region-heuristic';
import { toKey } from './text-key';
import type { RegionContext, RegionLookup } from './types';

/** A township and the place name after it, the whole piece. */
const TOWN_PLACE =
  /^((?:(?![等的和及与个])[\u4e00-\u9fff]){1,6}?(?:镇|乡|街道))((?:(?![镇乡县区市等的和及与个])[\u4e00-\u9fff]){2,5})$/;
/** The run's closing count of villages, right after its last name. */
const VILLAGE_COUNT = new RegExp(`^(${COUNT_NUMBER})\\s*个(?:行政)?村(?![民委])`);
/** A place name with no township or county in it (村 may end it). */
const BARE = /^(?:(?![镇乡县区市等的和及与个])[\u4e00-\u9fff]){2,5}$/;
/** Words before the first item that are no part of it ("我市", "其中"). */
const LEAD = /^(?:其中|我(?:省|市|县|区|旗)|本(?:市|县|区))[，,：:]?/;

export interface CountedVillages {
  places: PlacePiece[];
  /** Index of the piece that closes the run (its count). */
  last: number;
}

/** The run of villages that piece k opens, when its closing count agrees; else null. */
export function countedVillages(
  pieces: Piece[],
  k: number,
  lookup: RegionLookup,
  ctx: RegionContext,
): CountedVillages | null {
  const first = firstItem(pieces[k]!, lookup, ctx);
  if (!first) return null;
  const places: PlacePiece[] = [first.place];
  for (let j = k; j < pieces.length; j++) {
    const piece = pieces[j]!;
    const key = toKey(piece.text).trimEnd();
    const closing = closingAt(key);
    const name = j === k ? first.key : closing ? key.slice(0, closing.at) : key;
    if (j > k) {
      const m = TOWN_PLACE.exec(name);
      if (!m || !inCounty(m[1]!, first.county, lookup)) return null;
      places.push(item(piece, name.length, 'none'));
    }
    if (closing) {
      const count = parseNumber(closing.count);
      const rest = classifyRest(key.slice(closing.at));
      // A count that disagrees still closes the run: its check warns of the difference.
      if (count === null || rest.rest !== 'count' || !rest.phrase) return null;
      const last = places[places.length - 1]!;
      places[places.length - 1] = { ...last, ...rest };
      return { places, last: j };
    }
    // The items run on with 、; any other separator ends the sentence's run uncounted.
    if (piece.sep !== '、') return null;
  }
  return null;
}

/** The first item: a county's township and a place name, the county written or carried. */
function firstItem(
  piece: Piece,
  lookup: RegionLookup,
  ctx: RegionContext,
): { place: PlacePiece; key: string; county: string } | null {
  const raw = toKey(piece.text).trimEnd();
  const skip = raw.length - raw.trimStart().length + (LEAD.exec(raw.trimStart())?.[0].length ?? 0);
  const text = piece.text.slice(skip);
  const key = raw.slice(skip);
  const closing = closingAt(key);
  const name = closing ? key.slice(0, closing.at) : key;
  const hit = lookup.splitPrefix(text, ctx);
  if (!hit) return null;
  // The first village may be one the division list knows ("某县甲镇乙村"), the rest not.
  const region = toKey(hit.regionText);
  const known = hit.end === name.length && /(村|社区)$/.test(region);
  if (!known && !(/(镇|乡|街道)$/.test(region) && BARE.test(name.slice(hit.end)))) return null;
  const county = regionParts(region).county ?? ctx.county;
  if (!county) return null;
  const at = { ...piece, text, start: piece.start + skip };
  return { place: item(at, name.length, 'none'), key: name, county };
}

function closingAt(key: string): { at: number; count: string } | null {
  for (let at = 2; at < key.length; at++) {
    const m = VILLAGE_COUNT.exec(key.slice(at));
    if (m && !/[0-9一二三四五六七八九十两]/.test(key[at - 1]!)) return { at, count: m[1]! };
  }
  return null;
}

/** Whether the township lies in the county (the division list reads it there). */
function inCounty(town: string, county: string, lookup: RegionLookup): boolean {
  const hit = lookup.splitPrefix(`${county}${town}`, {});
  return hit?.end === county.length + town.length;
}

function item(piece: Piece, length: number, rest: 'none'): PlacePiece {
  return {
    regionText: piece.text.slice(0, length).trim(),
    start: piece.start,
    end: piece.start + length,
    restAt: piece.start + length,
    rest,
  };
}
