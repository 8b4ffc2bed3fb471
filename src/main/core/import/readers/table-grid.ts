/**
 * Tables as Word and HTML give them (cells with spans) → the full grid the extractor
 * wants, every merged cell's value repeated into each grid cell it covers. Also decides
 * whether a table is data or page layout (a wrapper around the real content), because a
 * layout table linearised as one TAB row would bury a whole notice in a single line.
 *
 * Expanding is counted against the file's ReadBudget (cells, columns, and steps — a
 * rowspan to the end of the table revisits rows it already filled), so a few KB of spans
 * cannot grow into millions of cells.
 */
import { ReadBudget } from './budget';

/** Content inside a document flow: what docx and HTML readers produce before the builder. */
export type FlowNode =
  { kind: 'para'; text: string } | { kind: 'table'; rows: string[][] } | { kind: 'blank' };

export interface SpanCell {
  content: FlowNode[];
  colSpan: number;
  /** HTML rowspan; 0 means "to the end of the table" as in HTML. */
  rowSpan: number;
  /** Word w:vMerge="continue": take the value of the grid cell above. */
  continuesAbove?: boolean;
  /** Word w:gridBefore: empty grid columns before this row's first cell. */
  skipBefore?: number;
}

// HTML caps colspan at 1000; the same bound keeps a hostile span from allocating millions of cells.
const MAX_SPAN = 1000;

/**
 * Finishes a table: a data table becomes one `table` node; a layout table (a cell holds
 * a nested table, or the table is a single cell) is unwrapped into its cells' content,
 * in reading order, so nested data tables survive as tables of their own.
 */
export function finishTable(
  rows: SpanCell[][],
  caption?: string,
  budget: ReadBudget = new ReadBudget(),
): FlowNode[] {
  const out: FlowNode[] = [];
  if (caption && caption.trim()) out.push({ kind: 'para', text: caption });
  const cells = rows.flat();
  const isLayout =
    cells.length === 1 || cells.some((c) => c.content.some((n) => n.kind === 'table'));
  if (isLayout) {
    for (const c of cells) for (const n of c.content) out.push(n);
    return out;
  }
  out.push({ kind: 'table', rows: expandGrid(rows, budget) });
  return out;
}

/**
 * A cell's paragraphs joined with a single space: a row must stay one line, and a space
 * is what a reader sees where a narrow cell wrapped ("成都市" / "金牛区" stay apart).
 */
export function cellValue(content: FlowNode[]): string {
  const parts: string[] = [];
  for (const n of content) {
    if (n.kind === 'para') parts.push(n.text.trim());
    else if (n.kind === 'table') for (const r of n.rows) parts.push(r.join(' '));
  }
  return parts.filter((p) => p !== '').join(' ');
}

/** Places spanning cells into a full grid, repeating each merged value into every covered cell. */
export function expandGrid(rows: SpanCell[][], budget: ReadBudget = new ReadBudget()): string[][] {
  const grid: (string | undefined)[][] = rows.map(() => []);
  for (let r = 0; r < rows.length; r++) {
    const line = grid[r] as (string | undefined)[];
    let col = clamp(rows[r]?.[0]?.skipBefore ?? 0, 0, MAX_SPAN);
    for (let k = 0; k < col; k++) if (line[k] === undefined) line[k] = '';
    budget.work(col + 1);
    for (const cell of rows[r] ?? []) {
      while (line[col] !== undefined) {
        col++;
        budget.work(1);
      }
      const colSpan = clamp(cell.colSpan, 1, MAX_SPAN);
      const rowSpan =
        cell.rowSpan === 0 ? rows.length - r : clamp(cell.rowSpan, 1, rows.length - r);
      budget.columns(col + colSpan);
      const own = cellValue(cell.content);
      for (let c = col; c < col + colSpan; c++) {
        const above = r > 0 ? grid[r - 1]?.[c] : undefined;
        const value = cell.continuesAbove && above !== undefined ? above : own;
        budget.work(rowSpan);
        for (let rr = r; rr < r + rowSpan; rr++) {
          const target = grid[rr] as (string | undefined)[];
          if (target[c] === undefined) target[c] = value;
        }
      }
      col += colSpan;
    }
  }
  const width = grid.reduce((w, row) => Math.max(w, row.length), 0);
  // The padded grid is what memory holds: count all of it before building it.
  budget.cells(grid.length * width);
  return grid.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
}

function clamp(n: number, lo: number, hi: number): number {
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, Math.floor(n))) : lo;
}
