/**
 * The second row of a two-row header in a table pasted as plain text: a merged header cell
 * (所在地区) spans the columns its second row names (市（州） | 县（市、区）), while the cells
 * merged down (序号, 村（社区）) have nothing under them. Read together, the two rows give the
 * table's real columns, so the data rows (one cell per real column) line up with them.
 */
import { roleOf } from './table-columns';

export interface SpacePiece {
  text: string;
  /** Offset of the cell in the line. */
  at: number;
  /** Display column the cell starts at. */
  col: number;
  /** Display width of the cell's text. */
  width: number;
}

export interface SplitHeader {
  /** The real columns, left to right: the header's own cells and the second row's. */
  columns: SpacePiece[];
  /** The real column each header cell starts at. */
  top: number[];
  /** The real column of each cell of the second row. */
  sub: number[];
}

/** How much two cells' display ranges overlap (negative: the gap between them). */
function overlap(a: SpacePiece, b: SpacePiece): number {
  return Math.min(a.col + a.width, b.col + b.width) - Math.max(a.col, b.col);
}

/**
 * The header cell a second-row cell sits under: the one its text overlaps most; else the
 * nearest merged cell beside it (one with a second-row cell under it: its text may be centred
 * over columns it spans further out). -1 when only cells merged down stand beside it.
 */
function parentOf(cell: SpacePiece, header: SpacePiece[], spans: boolean[]): number {
  let best = -1;
  header.forEach((h, c) => {
    if (overlap(cell, h) > 0 && (best < 0 || overlap(cell, h) > overlap(cell, header[best] ?? h)))
      best = c;
  });
  if (best >= 0) return best;
  const right = header.findIndex((h) => h.col >= cell.col + cell.width);
  const left = (right < 0 ? header.length : right) - 1;
  const gap = (c: number): number => -overlap(cell, header[c] ?? cell);
  const beside = [left, right].filter((c) => c >= 0 && spans[c]);
  return beside.sort((a, b) => gap(a) - gap(b))[0] ?? -1;
}

/**
 * The header split by its second row, or null when `next` is no second header row: every
 * cell of it must be a column word, and together they must refine some header cell into
 * two columns or more (one word under one cell is a data row or a wrapped header word).
 */
export function splitHeader(header: SpacePiece[], next: SpacePiece[]): SplitHeader | null {
  if (next.length < 2 || next.some((p) => roleOf(p.text.trim()) === null)) return null;
  const spans = header.map((h) => next.some((p) => overlap(p, h) > 0));
  const parents = next.map((p) => parentOf(p, header, spans));
  if (parents.includes(-1)) return null;
  // Columns keep their order: a second-row cell never sits left of an earlier one's parent.
  if (parents.some((p, k) => k > 0 && p < (parents[k - 1] ?? 0))) return null;
  const counts = header.map((_, c) => parents.filter((p) => p === c).length);
  if (!counts.some((n) => n >= 2)) return null;
  const columns: SpacePiece[] = [];
  const top: number[] = [];
  const sub: number[] = [];
  header.forEach((h, c) => {
    top.push(columns.length);
    if (counts[c] === 0) columns.push(h);
    next.forEach((p, k) => {
      if (parents[k] !== c) return;
      sub.push(columns.length);
      columns.push(p);
    });
  });
  return { columns, top, sub };
}
