/**
 * Lines beside a sentence list that are no entries of it, though they name a place: the
 * subject of a paragraph below the list, and a photo's caption between two county lines.
 */
import { looksLikePlace } from './place-like';
import { labelOf, piecesOf, type Piece } from './prose-labels';
import type { KeyedText, Line } from './text-key';
import type { RegionLookup } from './types';

const SENTENCE_END = /[。；;！!？?]/;

/**
 * The subject of a sentence that runs on without another place ("森林乡村，是指…、…。"): a
 * paragraph below a list, not one more entry of it.
 */
export function opensSentence(pieces: Piece[], k: number): boolean {
  const rest = pieces.slice(k + 1);
  return (
    k === 0 &&
    rest.length > 0 &&
    SENTENCE_END.test(rest[rest.length - 1]!.sep) &&
    !rest.some((p) => looksLikePlace(p.text))
  );
}

/**
 * A line of one place alone between two lines that each open with their county's label
 * ("德安县：…" below "杭口镇双井村" below "安义县：…"): a photo's caption on a copied page,
 * not one more entry of the county above (a wrapped line goes on with more names, or is
 * indented under its label).
 */
export function isCaption(
  doc: KeyedText,
  line: Line,
  pieces: Piece[],
  lookup: RegionLookup,
): boolean {
  if (pieces.length !== 1 || line.trimmedStart !== line.start) return false;
  const next = doc.lines.slice(line.index + 1).find((l) => l.trimmed !== '');
  const first = next ? piecesOf(next)[0] : undefined;
  return first !== undefined && labelOf(first, lookup) !== null;
}
