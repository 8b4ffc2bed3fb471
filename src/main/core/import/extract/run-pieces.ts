/**
 * The pieces of a table cell that may be a run of places: split at 、, or, in a cell with no 、,
 * at the spaces a list copied from a page keeps between its names ("大冶市还地桥镇 神农架林区
 * 红坪镇"). Each piece keeps its span in the cell; a space inside a piece ("沛 县", a copy's
 * padding of a one-character name) is no boundary of its key, and a bracketed note after it
 * ("永康市（丘陵县）") is the row's remark on the place, not part of its name.
 */

export interface RunPiece {
  /** The piece as written, note and padding included. */
  text: string;
  /** What names the place: the piece without its spaces and its trailing bracketed note. */
  name: string;
  start: number;
  /** Where the piece's name ends in the cell (before its note). */
  nameEnd: number;
  end: number;
  /** Split at spaces, not at 、: each piece must then be a place by itself. */
  bySpace: boolean;
}

/** A short note in brackets closing a piece: (丘陵县), （含开发区）. */
const TRAILING_NOTE = /\s*[(（][^()（）]{1,10}[)）]\s*$/;

export function runPieces(text: string): RunPiece[] {
  const bySpace = !text.includes('、');
  const splitter = bySpace ? /[ \u3000]+/ : /、/;
  const out: RunPiece[] = [];
  let at = 0;
  for (const raw of text.split(splitter)) {
    const from = text.indexOf(raw, at);
    at = from + raw.length;
    const piece = raw.trim();
    if (bySpace && piece === '') continue;
    const start = from + raw.indexOf(piece);
    const named = piece.replace(TRAILING_NOTE, '');
    const name = named.replace(/\s+/g, '');
    out.push({
      text: piece,
      name,
      start,
      nameEnd: start + named.length,
      end: start + piece.length,
      bySpace,
    });
  }
  return out;
}
