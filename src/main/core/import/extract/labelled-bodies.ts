/**
 * Institutions named among the places of a labelled enumeration ("某省：甲区、乙市、某省某某福利院、
 * 某市某某养护院、某某开发区某某协会"), as lists of pilot areas and pilot units by province run
 * them together: each is an entry at the place its name opens with, its whole name the unit, not
 * a place doing something that ends the list. One whose name opens with no place the division
 * list reads lies at the label's place. Only under a label (a province or city and its colon),
 * where every piece is an entry, so that an organ named in running prose stays a passing mention.
 */
import { UNIT_NOUN } from './counted-head-bodies';
import { NAMED_BODY } from './place-lines';
import type { PieceInput, PlacePiece } from './place-piece';
import { provinceByName } from './provinces';
import { toKey, type Line } from './text-key';
import type { RegionContext } from './types';

/** Words that make a piece a clause about a body rather than the body's name. */
const CLAUSE_WORDS = /[，。；;：:！？]|(?:开展|推进|建立|实施|组织|负责|承担|参与|指导)/;

/** Bracketed other names after a unit ("某市养老院（光荣院）") belong to it. */
const ALIAS = /[(（][^()（）]{1,12}[)）]$/;

/**
 * A zone is a division; an institution listed beside the zones (a pilot unit beside the pilot
 * areas) is an entry of its own kind, so that two of them at one place stay two.
 */
export function namesInstitution(unit: string | undefined): boolean {
  return unit !== undefined && isInstitution(toKey(unit));
}

function isInstitution(key: string): boolean {
  const name = key.replace(ALIAS, '').trim();
  return (
    name.length >= 4 &&
    name.length <= 30 &&
    !CLAUSE_WORDS.test(name) &&
    (UNIT_NOUN.test(name) || NAMED_BODY.test(name))
  );
}

/**
 * The entry an institution's piece makes in a labelled list, given what the place reader made of
 * it (its place doing something, or nothing); null when the piece is no institution's name.
 */
export function labelledBody(
  piece: PieceInput,
  places: PlacePiece[],
  ctx: RegionContext,
): PlacePiece[] | null {
  // Only under a province's or a city's label: a county's or a unit's ("某某社区：…") heads a
  // story's lines, where an organ named after it is a source or a byline, not an entry.
  if (ctx.county || !(ctx.province || ctx.city)) return null;
  const text = piece.text.trim();
  const key = toKey(text);
  if (!isInstitution(key)) return null;
  const start = piece.start + piece.text.indexOf(text);
  const end = start + text.length;
  const only = places.length === 1 ? places[0]! : null;
  if (only && only.rest === 'activity' && only.start === start)
    return [{ ...only, end, restAt: end, rest: 'none', unit: text }];
  const label = ctx.city ?? ctx.province;
  if (places.length === 0 && label)
    return [{ regionText: label, start, end, restAt: end, rest: 'none', unit: text }];
  return null;
}

/**
 * A line holding only a province's name where groups open with their province and its colon
 * ("…某省：甲区、乙市" then "上海" as the copy's last word): the next group's label, its colon
 * and places cut off, not an entry of the group before.
 */
export function cutGroupLabel(line: Line, piecesOnLine: number): boolean {
  return piecesOnLine === 1 && provinceByName(line.trimmed) !== null;
}
