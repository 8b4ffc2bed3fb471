/**
 * A township written alone with its county after it in brackets, as heritage and honour lists
 * set towns that share their names with towns elsewhere: "夹关镇（邛崃市）", "魏城镇（某市某区）",
 * "以及某镇（某县）4个千年古镇". The bracket is where the township lies, not a note on it: the
 * township is read inside that county, and the bracket itself is no part of its name.
 */
import type { Piece } from './prose-labels';
import { joinedOn } from './sentence-pieces';
import { regionParts } from './region-heuristic';
import { toKey } from './text-key';
import type { RegionContext, RegionLookup } from './types';

/**
 * A township's name, then its county in brackets: at the start of the piece or right after the
 * words that open a list ("…名录包括某镇（某县）").
 */
const LIST_OPENS = /^(?:包括|包含|分别是|分别为|有)/;
const TOWN_THEN_BRACKET =
  /(?:^|包括|包含|分别是|分别为|有)((?:(?![等的和及与包括有])[\u4e00-\u9fff]){1,8}?(?:镇|乡|街道|苏木))[(（]([\u4e00-\u9fff]{2,14})[)）]/;

export interface CountyInBracket {
  /** The piece with the bracket blanked out (offsets kept), from the township on. */
  piece: Piece;
  /** Where the township lies: the bracket's county (and its city when written). */
  context: RegionContext;
}

/**
 * The township piece read with its bracketed county, or null when the piece is not a township
 * followed by a bracket that is wholly a county-level place ("（原某乡）" is a note, not a place).
 */
export function countyInBracket(raw: Piece, lookup: RegionLookup): CountyInBracket | null {
  const joined = joinedOn(raw);
  const m = TOWN_THEN_BRACKET.exec(toKey(joined.text));
  if (!m) return null;
  // The piece starts at the township: the words opening the list stay with the sentence.
  const at = m.index + (LIST_OPENS.exec(m[0])?.[0].length ?? 0);
  const piece = { ...joined, text: joined.text.slice(at), start: joined.start + at };
  const inner = m[2]!;
  const hit = lookup.splitPrefix(inner, {});
  if (!hit || hit.end !== inner.length) return null;
  const parts = regionParts(inner);
  if (parts.belowCounty) return null;
  const county = inner.slice((parts.province?.length ?? 0) + (parts.city?.length ?? 0));
  if (!county) return null;
  const from = m[1]!.length;
  const to = m[0].length - (at - m.index);
  const text = piece.text.slice(0, from) + ' '.repeat(to - from) + piece.text.slice(to);
  return {
    piece: { ...piece, text },
    context: {
      ...(parts.province ? { province: parts.province } : {}),
      ...(parts.city ? { city: parts.city } : {}),
      county,
    },
  };
}
