/**
 * A page's positioned lines → tables whose rows keep their columns. A PDF prints a table
 * as lines, and a line alone does not say which column a cell stands in: a cell merged
 * down is printed once, so the rows below it are short; a two-row header merges its top
 * cell across the columns the second row names; a long cell wraps onto lines of its own
 * under its column. The columns are therefore read from where the cells of the fullest
 * rows stand, every line of the table is placed under them by its position, and a line
 * that only carries on the cells its row cut at their column's right edge joins that row.
 */
import type { PdfLine } from './pdf-lines';

export interface PdfCell {
  text: string;
  left: number;
  right: number;
}

/** A table, a line of the page left as it was (by its index), or a short row as a line. */
export type PagePart = { table: string[][] } | { line: number } | { text: string };

/** How far short of its column's edge a cut cell may stop (the next glyph did not fit). */
const CUT_SLACK = 1.5;
/**
 * How far short a cell may stop when its next line sits closer than a row step: a line may
 * not start with a closing mark (、，。), so the glyph before one moves down with it.
 */
const WRAP_SLACK = 2.5;
/** How much closer than a row step a cell's next line must sit (points). */
const STEP_SLACK = 0.25;

export interface PdfColumn {
  left: number;
  /** Where a cell of this column stops when it is cut: the next column's start less the gap. */
  edge: number;
}

const cellsOf = (l: PdfLine): PdfCell[] =>
  l.cells ?? [{ text: l.text, left: l.left ?? 0, right: l.right ?? 0 }];

const isCjk = (ch: string): boolean => /[\u2e80-\u9fff\uf900-\uffef\u3000-\u303f]/.test(ch);

/** Text carried on from a cut cell: CJK runs on without a space, words with one. */
const joinCut = (a: string, b: string): string =>
  a === '' ? b : isCjk(a.slice(-1)) || isCjk(b.slice(0, 1)) ? a + b : `${a} ${b}`;

/** The columns the fullest rows (most cells) stand in, or null when they disagree. */
function columnsOf(rows: PdfCell[][], size: number): PdfColumn[] | null {
  const width = Math.max(...rows.map((r) => r.length));
  const full = rows.filter((r) => r.length === width);
  const lefts = Array.from({ length: width }, (_, j) => Math.min(...full.map((r) => r[j]!.left)));
  for (let j = 1; j < width; j++) if (lefts[j]! <= lefts[j - 1]!) return null;
  return lefts.map((left, j) => {
    if (j === width - 1) {
      const rights = rows.flatMap((r) =>
        r.filter((c) => c.left >= left - size).map((c) => c.right),
      );
      return { left, edge: Math.max(...rights) };
    }
    const gap = Math.min(...full.map((r) => r[j + 1]!.left - r[j]!.right));
    return { left, edge: lefts[j + 1]! - gap };
  });
}

/**
 * Which column each cell stands in, or null when a cell runs over into the next column
 * or two cells share one. A cell over several columns (a header merged across) is placed
 * in each of them, as Word, HTML and sheets expand a merged cell.
 */
function place(cells: PdfCell[], cols: PdfColumn[], size: number): number[][] | null {
  const out: number[][] = [];
  let taken = -1;
  for (const c of cells) {
    let j = cols.length - 1;
    while (j > 0 && c.left < cols[j]!.left - size) j--;
    if (j <= taken) return null;
    let k = j;
    while (k + 1 < cols.length && c.right > cols[k + 1]!.left + size) k++;
    out.push(Array.from({ length: k - j + 1 }, (_, d) => j + d));
    taken = k;
  }
  return out;
}

/**
 * The usual step down to a line that surely starts a row: two or more cells, its first in
 * the first column such lines start in (cells parted by a space where a column starts count
 * as well; a page may carry on a table whose first column was merged down above it).
 */
function rowStep(
  lines: readonly PdfLine[],
  lineCells: readonly PdfCell[][],
  placed: readonly (number[][] | null)[],
): number | null {
  const starts = lines.map((_, k) =>
    lineCells[k]!.length >= 2 ? (placed[k]?.[0]?.[0] ?? Infinity) : Infinity,
  );
  const first = Math.min(...starts);
  const steps = lines.flatMap((l, k) =>
    k > 0 && starts[k] === first ? [lines[k - 1]!.y - l.y] : [],
  );
  steps.sort((a, b) => a - b);
  return steps.length > 0 ? steps[Math.floor(steps.length / 2)]! : null;
}

interface Row {
  cells: string[];
  /** Where the last printed line of each column's cell stopped (−∞ when empty). */
  stops: number[];
  spanning: boolean;
  /** Printed as one line of one cell (a group heading, or a row under merged cells). */
  lone: boolean;
  /** Columns a cell merged across several fills. */
  merged: boolean[];
  /** Starts with its 序号 in the first column. */
  numbered: boolean;
  /** The line the row starts at. */
  first: number;
}

/**
 * Splits one page's lines into tables and plain lines: a table starts at a line of two or
 * more cells and takes every following line that stands in its columns.
 */
export function pageParts(lines: readonly PdfLine[]): PagePart[] {
  return pageLayout(lines).parts;
}

/**
 * The page's parts, and the columns of the table its last line stands in (null when the
 * page ends in text). A table carried on from the page before (`above`: the columns it
 * ended in) keeps that page's columns when its first lines stand in them: a continued table
 * seldom repeats its header, and rows under a cell merged down fill fewer columns.
 */
export function pageLayout(
  lines: readonly PdfLine[],
  above: readonly PdfColumn[] | null = null,
): { parts: PagePart[]; foot: PdfColumn[] | null } {
  const parts: PagePart[] = [];
  let foot: PdfColumn[] | null = null;
  let i = 0;
  while (i < lines.length) {
    const end = tableEnd(lines, i);
    if (end - i < 2) {
      parts.push({ line: i });
      foot = null;
      i++;
      continue;
    }
    const rows = tableRows(lines.slice(i, end), i === 0 ? above : null);
    if (rows === null) {
      parts.push({ line: i });
      foot = null;
      i++;
    } else {
      parts.push(...segments(rows.rows, rows.merged));
      i += rows.used;
      foot = rows.cols;
    }
  }
  return { parts, foot };
}

/**
 * A table's rows as parts: a row short of a cell that rows above it fill (a cell merged
 * down, printed once) stays a line of its own cells, as the extractor re-aligns short rows
 * by their content; the rows between form tables. The header rows above the first full
 * row stay in the table, so a header merged over two rows reads as the table's header.
 */
function segments(rows: string[][], merged: boolean[]): PagePart[] {
  // A header cell merged across columns fills its row without making it a full row: the
  // header's second row under it, short of the cell merged down beside, is still header.
  const firstFull = rows.findIndex((r, i) => !merged[i] && r.every((c) => c !== ''));
  const short = (r: string[], i: number): boolean =>
    i > firstFull &&
    firstFull >= 0 &&
    r.some((c, j) => c === '' && rows.slice(0, i).some((above) => above[j] !== ''));
  const parts: PagePart[] = [];
  let run: string[][] = [];
  const flush = (): void => {
    if (run.length >= 2) parts.push({ table: run });
    else for (const r of run) parts.push({ text: r.filter((c) => c !== '').join('\t') });
    run = [];
  };
  rows.forEach((r, i) => {
    if (!short(r, i)) return void run.push(r);
    flush();
    parts.push({ text: r.filter((c) => c !== '').join('\t') });
  });
  flush();
  return parts;
}

/** The end of the stretch of lines a table starting at `i` may take. */
function tableEnd(lines: readonly PdfLine[], i: number): number {
  // A row may start with its cells a space apart (too close for a TAB): the columns of the
  // lines below then say whether it parts into cells.
  if (cellsOf(lines[i]!).length < 2 && (lines[i]!.words?.length ?? 0) < 2) return i + 1;
  let end = i + 1;
  let last = i + 1;
  for (let k = i + 1; k < lines.length; k++) {
    const n = cellsOf(lines[k]!).length;
    if (n >= 2) last = k + 1;
    end = k + 1;
    // Single lines between rows: a group heading, or cut cells carried on — many of them
    // when a long cell wraps in a narrow column.
    if (k + 1 - last > 40) break;
  }
  return Math.min(end, lines.length);
}

interface ReadRows {
  rows: string[][];
  /** Rows with a cell merged across columns (a header's top row, a group heading). */
  merged: boolean[];
  used: number;
  cols: PdfColumn[];
}

function tableRows(lines: readonly PdfLine[], above: readonly PdfColumn[] | null): ReadRows | null {
  // The columns are those of the lines the table takes: read again over fewer lines when
  // it ends early (a second table below with columns of its own).
  let read = readRows(lines, above);
  for (let pass = 0; pass < 2 && read !== null && read.used < lines.length; pass++) {
    const again = readRows(lines.slice(0, read.used), above);
    if (again === null || again.used < read.used) break;
    read = again;
  }
  return read;
}

/** How wide a character prints, in glyph sizes (ASCII about half, the rest full). */
const advance = (ch: string): number => (isCjk(ch) || /[“”‘’]/.test(ch) ? 1 : 0.5);

/**
 * A cell that filled its column runs into the next one with only a space between them
 * (the gap was too narrow for a TAB): it is split where a gap of the line's own pieces
 * (`words`, where the text items stand) holds a column's start, so each part reads under
 * its own column. A line printed as one piece falls back on counting character widths.
 */
function splitRunOver(
  cell: PdfCell,
  words: readonly PdfCell[] | undefined,
  cols: PdfColumn[],
  size: number,
): PdfCell[] {
  const inCell = (words ?? []).filter((w) => w.left >= cell.left - 1 && w.right <= cell.right + 1);
  const parts: PdfCell[] = [];
  for (const w of inCell) {
    const cur = parts[parts.length - 1];
    const starts =
      cur !== undefined &&
      cols.some(
        (c) =>
          c.left > cur.left + size && cur.right <= c.left + size / 2 && w.left >= c.left - size,
      );
    if (cur === undefined || starts) parts.push({ ...w });
    else {
      cur.text = `${cur.text} ${w.text}`;
      cur.right = Math.max(cur.right, w.right);
    }
  }
  return parts.length >= 2 ? parts : splitByWidths(cell, cols, size);
}

/** The same split where the geometry is one piece: each character's width estimated. */
function splitByWidths(cell: PdfCell, cols: PdfColumn[], size: number): PdfCell[] {
  if (!cell.text.includes(' ')) return [cell];
  const out: PdfCell[] = [];
  let from = 0;
  let x = cell.left;
  let start = cell.left;
  for (let i = 0; i < cell.text.length; i++) {
    const ch = cell.text[i]!;
    x += advance(ch) * size;
    if (ch !== ' ') continue;
    const next = x;
    if (cols.some((c) => c.left > start + size && Math.abs(c.left - next) <= 1.5 * size)) {
      out.push({
        text: cell.text.slice(from, i).trim(),
        left: start,
        right: x - advance(ch) * size,
      });
      from = i + 1;
      start = next;
    }
  }
  if (out.length === 0) return [cell];
  out.push({ text: cell.text.slice(from).trim(), left: start, right: cell.right });
  return out.filter((c) => c.text !== '');
}

/** A row's 序号: digits, or a circled numeral. */
const SEQ = /^(\d{1,4}|[①-⑳])$/;

function readRows(lines: readonly PdfLine[], above: readonly PdfColumn[] | null): ReadRows | null {
  const size = Math.max(1, ...lines.map((l) => l.size ?? 0));
  const multi = lines.map(cellsOf).filter((c) => c.length >= 2);
  if (multi.length === 0) return null;
  const own = columnsOf(multi, size);
  const cols =
    above !== null &&
    above.length > (own?.length ?? 0) &&
    multi.every((cells) => place(cells, [...above], size) !== null)
      ? [...above]
      : own;
  if (cols === null) return null;
  const lineCells = lines.map((l) =>
    cellsOf(l).flatMap((c) => splitRunOver(c, l.words, cols, size)),
  );
  const placed = lineCells.map((cells) => place(cells, cols, size));
  const numberedAt = (k: number): boolean => {
    if (k >= lines.length) return false;
    const cells = lineCells[k]!;
    return cells.length >= 2 && placed[k]?.[0]?.[0] === 0 && SEQ.test(cells[0]!.text);
  };
  // A table that numbers its rows starts each row at its number: a line below a numbered
  // row without one of its own carries that row's cells on, whatever the layout's spacing.
  const numbered = lines.filter((_, k) => numberedAt(k)).length >= 2;
  const step = rowStep(lines, lineCells, placed);
  // A cell's own lines sit closer than its row sits to the row above: between rows lie the
  // cell padding and the border. Without rows to measure, nothing is carried on.
  const closer = (k: number): boolean =>
    step !== null && k > 0 && lines[k - 1]!.y - lines[k]!.y < step - STEP_SLACK;
  const cut = (prev: Row, j: number, slack = CUT_SLACK): boolean =>
    prev.cells[j] !== '' && prev.stops[j]! >= cols[j]!.edge - slack * size;
  const rows: Row[] = [];
  let used = 0;
  for (const [k, cells] of lineCells.entries()) {
    const at = placed[k];
    if (!at) break;
    const prev = rows[rows.length - 1];
    const own = at.map((js) => js[0]!);
    // A lone line wider than any cell of its column stands across the table (merged); so
    // does one in the first column of a numbered table just above a numbered row, however
    // short (a group heading a narrow 序号 column would hold).
    const across =
      cells.length === 1 &&
      (at[0]!.length > 1 ||
        cells[0]!.right > cols[own[0]!]!.edge + size ||
        (numbered && own[0] === 0 && !numberedAt(k) && numberedAt(k + 1)));
    const carried =
      prev !== undefined &&
      !prev.spanning &&
      !across &&
      (numbered
        ? prev.numbered
          ? // A lone line carries on only a cell cut at its edge: else it is the text below.
            // The first column holds the row's number, which never wraps.
            !numberedAt(k) && (cells.length > 1 || (own[0]! > 0 && cut(prev, own[0]!, 1)))
          : // In the header above the first numbered row: a column word wrapped in its cell.
            !numberedAt(k) &&
            own[0]! > 0 &&
            own.every((j) => cut(prev, j, WRAP_SLACK) && !prev.merged[j]) &&
            rows.every((r) => !r.numbered)
        : // Closer than a row step, under cells cut at their edges: the first column's too,
          // when a long unit wrapped beside a long theme.
          closer(k) && own.every((j) => cut(prev, j, WRAP_SLACK)));
    if (carried) {
      cells.forEach((c, n) => {
        const j = own[n]!;
        prev.cells[j] = joinCut(prev.cells[j]!, c.text);
        prev.stops[j] = c.right;
      });
      used = k + 1;
      continue;
    }
    // A lone cell in the first column that carries nothing on is the text below the table;
    // one further right is a row whose cells before it were merged down from above.
    if (cells.length === 1 && !across && own[0] === 0) break;
    // A line across the table is a group heading when rows follow it, else the text below.
    if (across && !(numbered ? numberedAt(k + 1) : (lineCells[k + 1]?.length ?? 0) >= 2)) break;
    const row: Row = {
      cells: cols.map(() => ''),
      stops: cols.map(() => Number.NEGATIVE_INFINITY),
      spanning: across,
      merged: cols.map((_, j) => at.some((js) => js.length > 1 && js.includes(j))),
      lone: cells.length === 1,
      numbered: numberedAt(k),
      first: k,
    };
    cells.forEach((c, n) => {
      // A group heading across the table is a row of one text, as sheets expand it.
      for (const j of across ? cols.keys() : at[n]!) {
        row.cells[j] = c.text;
        row.stops[j] = c.right;
      }
    });
    rows.push(row);
    used = k + 1;
  }
  // A lone line after the table's last full row is the text below it (a note, a signature),
  // unless it stands in a middle column or rows above stand alone in its column too: rows
  // under cells merged down, which the table's end or a page's foot cut short.
  let tail = rows.length;
  while (tail > 0 && rows[tail - 1]!.lone) tail--;
  const column = (r: Row): number => r.cells.findIndex((c) => c !== '');
  const shape = rows.slice(0, tail).filter((r) => r.lone && !r.spanning);
  const underMerged = (r: Row): boolean =>
    !r.spanning &&
    (column(r) < cols.length - 1 || shape.some((above) => column(above) === column(r)));
  while (rows.length > tail && !underMerged(rows[rows.length - 1]!)) {
    used = rows.pop()!.first;
  }
  return rows.length >= 2
    ? {
        rows: rows.map((r) => r.cells),
        merged: rows.map((r) => r.spanning || r.merged.some(Boolean)),
        used,
        cols,
      }
    : null;
}
