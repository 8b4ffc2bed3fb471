/**
 * Names an open prose list takes that read as no place of their own (sentence-list.ts): a
 * community or village written bare after a township ("某镇的新岙、后塘"), a township's facility
 * under its county's label, an estate or a village without its county. Taken only where the
 * list is open for them, never from a photo caption or a piece that opens a new sentence.
 */
import type { CategoryDraft } from './drafts';
import type { PlacePiece } from './place-piece';
import { writtenAsCounty } from './place-like';
import { bareVillage, placeNames, type PlaceName } from './place-names';
import type { Piece } from './prose-labels';
import { isCaption, opensSentence } from './sentence-asides';
import { addItem, type Building } from './sentence-building';
import type { KeyedText, Line } from './text-key';
import { facilityTownName } from './town-facilities';
import type { RegionContext, RegionLookup } from './types';

/** The names piece k adds to the open list, or null where the list does not take them. */
export function continuedNames(
  doc: KeyedText,
  line: Line,
  pieces: Piece[],
  k: number,
  piece: Piece,
  current: Building | null,
  underCounty: boolean,
  lookup: RegionLookup,
): PlaceName[] | null {
  if (!current) return null;
  const bare = current.open.items.length ? bareVillage(piece, current.bareIn) : null;
  // "潮安区：庵埠镇文化服务中心、…": a township's facility under its county's label.
  const station = underCounty ? facilityTownName(piece) : null;
  const names = placeNames(piece) ?? (bare ? [bare] : null) ?? (station ? [station] : null);
  const open =
    current.open.items.length > 0 || underCounty || current.placeGiven || current.townLead;
  return names &&
    open &&
    !(underCounty && isCaption(doc, line, pieces, lookup)) &&
    !opensSentence(pieces, k)
    ? names
    : null;
}

/** Adds the names as entries; returns the context the last one leaves. */
export function addNames(
  current: Building,
  names: PlaceName[],
  ctx: RegionContext,
  groupLabel: CategoryDraft | null,
): RegionContext {
  let at = ctx;
  for (const { member, bareIn, ...name } of names) {
    if (member) current.signal = true;
    // A misspelt county is flagged; a township written without its county takes the one before.
    const unresolved = writtenAsCounty(name.regionText);
    const p: PlacePiece = {
      ...name,
      rest: 'none',
      restAt: name.end,
      ...(unresolved ? { unresolved } : {}),
    };
    at = addItem(current, p, at, groupLabel);
    current.bareIn = bareIn;
  }
  return at;
}
