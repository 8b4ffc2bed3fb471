/**
 * A place read out of one piece of a prose list, and how one is made from the piece's text:
 * where the name ends, what the words after it say (place-rest.ts) and the outcome they state.
 */
import { outcomeIn, type Outcome } from './outcomes';
import type { RestOf } from './place-rest';
import { toKey } from './text-key';

export interface PlacePiece extends RestOf {
  regionText: string;
  start: number;
  end: number;
  outcome?: Outcome;
  /** Written like a place but not readable as one (a misspelt county). */
  unresolved?: boolean;
  /** Offset where the words after the place start. */
  restAt: number;
  /** Named by its organ ("西城区民政局"): the entry lies where the organ is. */
  organ?: true;
  /** The unit's whole name when the place is only inside it (a company's city branch). */
  unit?: string;
}

export interface PieceInput {
  text: string;
  start: number;
}

export function piece(
  p: PieceInput,
  at: number,
  end: number,
  kind: RestOf,
  unresolved = false,
): PlacePiece {
  const restKey = toKey(p.text.slice(end));
  const outcome = kind.rest === 'none' ? null : outcomeIn(restKey);
  return {
    regionText: p.text.slice(at, end).trim(),
    start: p.start + at,
    end: p.start + end,
    restAt: p.start + end,
    ...kind,
    ...(unresolved ? { unresolved } : {}),
    ...(outcome ? { outcome, rest: kind.rest === 'activity' ? 'event' : kind.rest } : {}),
  };
}
