/**
 * A place read out of one piece of a prose list, and how one is made from the piece's text:
 * where the name ends, what the words after it say (place-rest.ts) and the outcome they state.
 */
import { notYet } from './clause-outcome';
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

/** A pass told with what followed it as done ("通过验收后被正式命名为…", "合格后已授牌"). */
const PASS_THEN_TOLD = /(?:合格|通过|验收|评估|达标)后[，,]?\s*(?:被|已|正式|成功|获|荣获)/;

/**
 * A pass told as a condition or a plan ("…等3个县通过县级验收后上报", "…将于年底前进行验收"): a
 * duty still ahead, no outcome of the unit (clause-outcome.ts); a pass followed by what it
 * brought, told as done, is the unit's outcome.
 */
const ahead = (restKey: string): boolean => notYet(restKey.replace(PASS_THEN_TOLD, ''));

export function piece(
  p: PieceInput,
  at: number,
  end: number,
  kind: RestOf,
  unresolved = false,
): PlacePiece {
  const restKey = toKey(p.text.slice(end));
  const outcome = kind.rest === 'none' || ahead(restKey) ? null : outcomeIn(restKey);
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
