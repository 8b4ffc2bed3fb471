/**
 * A verb that opens a clause of its own inside a sentence ("重新确认A、B为…；暂缓确认C为…"): the
 * outcome it states governs the places after it in that clause, never the group before the
 * semicolon. A 通报 runs several verdicts through one sentence this way; read as one clause, the
 * first group took the next clause's 暂缓确认 and the deferred place took none.
 */
import { outcomeIn, type Outcome } from './outcomes';
import type { Piece } from './prose-labels';
import { readPlaces } from './prose-piece';
import type { RegionLookup } from './types';
import { toKey } from './text-key';

/** Words right before places that state what befalls them ("决定撤销", "暂缓确认"). */
export const GOVERNING = /(撤销|取消|延长|延期|暂缓(确认|命名|认定))\s*$/;

/** A semicolon ends one verdict's clause inside a sentence. */
const CLAUSE_BREAK = /^[；;，,]$/;

/** Whether the piece after `sep` opens a clause of its own (it follows a semicolon). */
export function opensClause(sep: string | undefined): boolean {
  return CLAUSE_BREAK.test(sep ?? '');
}

/**
 * The outcome a clause's own verb states for the first place of `piece` (the words from the
 * piece's start to the place), when the piece opens a clause after a semicolon; else null.
 */
export function clauseLeadOutcome(
  piece: Piece,
  prevSep: string | undefined,
  placeStart: number,
): Outcome | null {
  if (!opensClause(prevSep)) return null;
  const lead = toKey(piece.text.slice(0, Math.max(0, placeStart - piece.start)));
  return GOVERNING.test(lead) ? outcomeIn(lead) : null;
}

/**
 * Where the words after a group stop (tailOf): at a piece starting with a place, or at a clause
 * after a semicolon or comma that names places of its own (its verb is theirs, not the group's).
 */
export function endsTail(lookup: RegionLookup): (p: Piece, sepBefore: string) => boolean {
  return (p, sepBefore) =>
    readPlaces(p, lookup, { leadIn: false }).length > 0 ||
    (opensClause(sepBefore) && readPlaces(p, lookup, { leadIn: true }).length > 0);
}
