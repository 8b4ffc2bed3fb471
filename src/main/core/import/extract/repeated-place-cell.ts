/**
 * A row of a grid without header read as prose: a place alone in its cell, then the next cell
 * writing that place again before what lies in it ("河源市 | 河源市东源县新回龙镇", a city column
 * beside full names). The first cell only labels the row; read as an entry it makes a record of
 * the city. Only across a gap (a tab or a space): "河源市、河源市东源县" in prose names both.
 */
import type { Piece } from './prose-labels';
import { toKey } from './text-key';
import type { RegionLookup } from './types';

export function withoutRepeatedPlaceCells(pieces: Piece[], lookup: RegionLookup): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const prev = out[out.length - 1];
    const a = prev ? toKey(prev.text).trim() : '';
    const b = toKey(p.text).trim();
    const repeated =
      prev !== undefined &&
      /^\s$/.test(prev.sep) &&
      a.length >= 2 &&
      b.length > a.length &&
      b.startsWith(a) &&
      lookup.splitPrefix(a, {})?.end === a.length &&
      (lookup.splitPrefix(b, {})?.end ?? 0) > a.length;
    if (repeated) out[out.length - 1] = p;
    else out.push(p);
  }
  return out;
}
