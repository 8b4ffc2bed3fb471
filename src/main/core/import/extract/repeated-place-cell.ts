/**
 * A row of a grid without header read as prose: a place alone in its cell, then the next cell
 * writing that place again before what lies in it ("河源市 | 河源市东源县新回龙镇", a city column
 * beside full names). The first cell only labels the row; read as an entry it makes a record of
 * the city. Only across a gap (a tab or a space): "河源市、河源市东源县" in prose names both. Only
 * a city or province the next cell opens with labels a row: a county before one of its towns
 * (东源县 | 东源县新回龙镇, model counties beside model towns) is an entry of its own.
 */
import type { Piece } from './prose-labels';
import { regionParts } from './region-heuristic';
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
      (lookup.splitPrefix(b, {})?.end ?? 0) > a.length &&
      opensWith(b, a);
    if (repeated) out[out.length - 1] = p;
    else out.push(p);
  }
  return out;
}

/** Whether the place written first is the city or the province the full name opens with. */
function opensWith(full: string, first: string): boolean {
  const parts = regionParts(full);
  return (
    (parts.city !== undefined && toKey(parts.city) === first) ||
    (parts.province !== undefined && toKey(parts.province) === first)
  );
}
