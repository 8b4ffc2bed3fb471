/**
 * A spreadsheet grid (xlsx sheet or CSV) → paragraphs and tables. Staff sheets start
 * with a title ("2021年度典型案例名单") merged across the columns, sometimes a note or
 * "附件2" line, then the header and the data; category headings ("一、城乡社区治理类")
 * are merged across a row inside the data. Title rows above or below the data become
 * paragraphs (one line of text, not "标题\t标题\t标题"); a merged row inside the data stays in
 * its table as a category row (text in the first cell); runs of other rows become tables; an
 * empty row ends a table. Which row is the header is the extractor's call, not ours.
 */
import type { DocBuilder } from './doc-builder';

/** Row indices (0-based) that a merge spans across at least two columns, whole-row. */
export type TitleRowTest = (rowIndex: number, row: string[]) => boolean;

/** A sheet row that holds text: its 1-based number and its cells by 1-based column. */
export interface PresentRow {
  number: number;
  cells: Map<number, string>;
}

/**
 * The rows that hold text (in sheet order), each `width` cells wide; a run of empty rows
 * between them becomes one empty row (it ends a table, as in the sheet). `rowNumbers` gives
 * each grid row's sheet row (undefined for the gaps), for merges that name sheet rows.
 */
export function gridOfRows(
  present: Iterable<PresentRow>,
  width: number,
): { grid: string[][]; rowNumbers: (number | undefined)[] } {
  const grid: string[][] = [];
  const rowNumbers: (number | undefined)[] = [];
  let previous = 0;
  for (const { number, cells } of present) {
    if (previous > 0 && number > previous + 1) {
      grid.push(Array<string>(width).fill(''));
      rowNumbers.push(undefined);
    }
    grid.push(Array.from({ length: width }, (_, c) => cells.get(c + 1) ?? ''));
    rowNumbers.push(number);
    previous = number;
  }
  return { grid, rowNumbers };
}

export function emitGrid(b: DocBuilder, grid: string[][], isMergedTitle: TitleRowTest): void {
  const width = usedWidth(grid);
  if (width === 0) return;
  const rows = grid.map((r) => r.slice(0, width).map((c) => c.trim()));
  const filled = rows.map((r) => r.filter((c) => c !== '').length);
  const titles = rows.map((r, i) => width > 1 && (filled[i] ?? 0) > 0 && isMergedTitle(i, r));
  // The data span: from the first to the last row with two or more cells of its own.
  const isData = (i: number): boolean => (filled[i] ?? 0) >= 2 && !titles[i];
  let firstMulti = -1;
  let lastMulti = -1;
  rows.forEach((_, i) => {
    if (!isData(i)) return;
    if (firstMulti < 0) firstMulti = i;
    lastMulti = i;
  });

  let table: string[][] = [];
  const endTable = (): void => {
    if (table.length > 0) b.table(table);
    table = [];
  };
  rows.forEach((row, i) => {
    const n = filled[i] ?? 0;
    if (n === 0) return endTable();
    // Single-cell rows outside the data (title, 附件 line, 注/填表人 notes) read as text.
    const loneOutside = n === 1 && width > 1 && (firstMulti < 0 || i < firstMulti || i > lastMulti);
    // A row merged across inside the data ("福州市", "一、城区类（2个）" between a header and
    // its rows) is a category row of the table, as in a Word table: kept in it (its text in
    // the first cell), so the rows below keep their header and the category its place.
    if (titles[i] && table.length > 0 && i > firstMulti && i < lastMulti) {
      table.push([distinct(row).join(' '), ...Array<string>(width - 1).fill('')]);
      return;
    }
    if (width > 1 && (loneOutside || titles[i])) {
      endTable();
      b.paragraph(distinct(row).join(' '));
      return;
    }
    table.push(row);
  });
  endTable();
}

/** Columns up to the last one holding any text (sheets often report 16384 used columns). */
function usedWidth(grid: string[][]): number {
  let w = 0;
  for (const r of grid) {
    for (let c = r.length - 1; c >= w; c--) {
      if ((r[c] ?? '').trim() !== '') {
        w = c + 1;
        break;
      }
    }
  }
  return w;
}

/** Non-empty values of a row, each once (a merged title repeats across its columns). */
function distinct(row: string[]): string[] {
  const out: string[] = [];
  for (const c of row) if (c !== '' && out[out.length - 1] !== c) out.push(c);
  return out;
}
