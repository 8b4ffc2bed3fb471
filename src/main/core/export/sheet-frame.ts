/**
 * The frame every leadership sheet shares: merged title row, 填报单位/日期 row, bordered bold
 * header, A4 landscape fitted to one page wide, header rows repeated on every printed page,
 * panes frozen below the header, 宋体 body, and every row as tall as its wrapped text (see
 * sheet-rows.ts). Works on a normal worksheet and on a streaming one alike: rows are
 * committed as soon as they are complete (a no-op when not streaming).
 */
import type { Alignment, Borders, Cell, Font, Row, Workbook, Worksheet } from 'exceljs';
import { emsPerLine, fitRowHeight, textUnits } from './sheet-rows';
import { cellText } from './sheet-text';
import { ems } from './text-measure';
import { breakTitle } from './title-lines';

export const SHEET_FONTS = { body: '宋体', title: '黑体', header: '宋体' } as const;

const THIN = { style: 'thin', color: { argb: 'FF000000' } } as const;
export const BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
export const BODY_FONT: Partial<Font> = { name: SHEET_FONTS.body, size: 11 };
const HEADER_FONT: Partial<Font> = { name: SHEET_FONTS.header, size: 11, bold: true };

export interface SheetFrameOptions {
  title: string;
  unitName?: string;
  date?: string;
  /** One header row, or several (e.g. programme over year): each the full width. */
  headerRows: string[][];
  widths: number[];
  /** Header cells to merge, as [top, left, bottom, right] relative to the first header row. */
  headerMerges?: [number, number, number, number][];
  /** Landscape by default (wide tables); a text sheet prints portrait. */
  orientation?: 'portrait' | 'landscape';
  /**
   * Leading columns that stay in view when scrolling right and are printed on every page
   * across (a table wider than one page keeps its row labels, as 省份 in 汇总表).
   */
  labelColumns?: number;
  /**
   * Columns the title is centred over (default all): a table printed over several pages
   * across centres it over the first page's, where a reader looks for it, not over the
   * middle of the whole width.
   */
  titleColumns?: number;
}

export interface SheetFrame {
  ws: Worksheet;
  /** Row number of the last header row: autofilter and frozen panes hang on it. */
  headerRow: number;
  columnCount: number;
}

/** Column widths of each sheet we made, for sizing its rows. */
const sheetWidths = new WeakMap<Worksheet, readonly number[]>();

const TITLE_SIZE = 16;
const MAX_TITLE_LINES = 4;

export function addFramedSheet(wb: Workbook, name: string, o: SheetFrameOptions): SheetFrame {
  const columnCount = o.widths.length;
  const titleColumns = Math.min(columnCount, Math.max(1, o.titleColumns ?? columnCount));
  const headerRow = 2 + o.headerRows.length;
  const labels = o.labelColumns ?? 0;
  const ws = wb.addWorksheet(name, {
    pageSetup: {
      paperSize: 9,
      orientation: o.orientation ?? 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `1:${headerRow}`,
      ...(labels > 0 ? { printTitlesColumn: `A:${columnLetter(labels)}` } : {}),
    },
    headerFooter: { oddFooter: '&C第 &P 页，共 &N 页' },
    // Streaming sheets write their views with the first row, so they must be set here.
    views: [
      {
        state: 'frozen',
        xSplit: labels,
        ySplit: headerRow,
        topLeftCell: `${columnLetter(labels + 1)}${headerRow + 1}`,
      },
    ],
  });
  ws.columns = o.widths.map((width) => ({ width }));
  sheetWidths.set(ws, o.widths);
  const span = (from: number, to: number): number =>
    o.widths.slice(from, to).reduce((a, b) => a + b, 0);

  const title = ws.getRow(1);
  const titleText = titleLines(o.title, span(0, titleColumns));
  title.height =
    fitRowHeight([{ text: titleText, width: span(0, titleColumns), size: TITLE_SIZE }]) + 6;
  style(
    title.getCell(1),
    titleText,
    { name: SHEET_FONTS.title, size: TITLE_SIZE },
    { horizontal: 'center' },
  );
  if (titleColumns > 1) ws.mergeCells(1, 1, 1, titleColumns);

  writeInfoRow(ws, o, span);

  const merges = o.headerMerges ?? [];
  o.headerRows.forEach((labels, i) => {
    const row = ws.getRow(3 + i);
    const cells = labels.map((label, c) => headerCell(label, i, c + 1, merges, span));
    // Wrapped headers get the height their text needs (a fixed 24 pt clipped them).
    row.height = fitRowHeight(cells);
    for (let c = 1; c <= columnCount; c++) {
      const cell = row.getCell(c);
      style(cell, cells[c - 1]?.text ?? '', HEADER_FONT, { horizontal: 'center' });
      cell.border = BORDER;
    }
  });
  for (const [t, l, b, r] of merges) ws.mergeCells(3 + t, l, 3 + b, r);
  for (let r = 1; r <= headerRow; r++) ws.getRow(r).commit();
  return { ws, headerRow, columnCount };
}

/**
 * A title wider than the columns it is centred over, broken at a word boundary as a Word
 * title is (title-lines.ts): left to wrap, a narrow summary table's title broke inside a
 * word (…实验区汇 / 总表) in Excel, WPS and LibreOffice alike.
 */
function titleLines(title: string, width: number): string {
  const fits = Math.floor(emsPerLine(width, TITLE_SIZE));
  // Past four lines the search for word breaks grows fast and the title is a column anyway.
  if (title.includes('\n') || ems(title) > fits * MAX_TITLE_LINES) return title;
  return breakTitle(title, fits).join('\n');
}

/**
 * A header cell's text and width: a merged cell is as wide as the columns it spans (the cells
 * it covers keep no text of their own), and a label wider than that breaks between words (a
 * programme's name over a year column broke as …实验 / 区).
 */
function headerCell(
  label: string,
  row: number,
  column: number,
  merges: readonly [number, number, number, number][],
  span: (from: number, to: number) => number,
): { text: string; width: number } {
  const own = merges.find(([t, l]) => t === row && l === column);
  const width = own ? span(own[1] - 1, own[3]) : span(column - 1, column) || 8;
  const covered = merges.some(
    ([t, l, b, r]) =>
      !(t === row && l === column) && t <= row && row <= b && l <= column && column <= r,
  );
  if (covered) return { text: '', width };
  const fits = Math.floor(emsPerLine(width));
  if (label.includes('\n') || ems(label) <= fits || ems(label) > fits * MAX_TITLE_LINES)
    return { text: label, width };
  return { text: breakTitle(label, fits).join('\n'), width };
}

/**
 * 填报单位 on the left, 填报日期 on the right, each over as many columns as its text needs
 * (a long unit name must not wrap under a narrow half); a sheet too narrow for both side by
 * side gets them in one cell.
 */
function writeInfoRow(
  ws: Worksheet,
  o: SheetFrameOptions,
  span: (from: number, to: number) => number,
): void {
  const n = o.widths.length;
  const unit = `填报单位：${o.unitName ?? ''}`;
  const date = `填报日期：${o.date ?? ''}`;
  const row = ws.getRow(2);
  let best = -1;
  let slack = -Infinity;
  for (let k = 1; k < n; k++) {
    const s = Math.min(span(0, k) - textUnits(unit), span(k, n) - textUnits(date));
    if (s > slack) [best, slack] = [k, s];
  }
  if (best < 0 || slack < 0) {
    // Too long for one line: the date goes whole onto its own line, never broken mid-date.
    const oneLine = `${unit}　　　　${date}`;
    const text = textUnits(oneLine) <= span(0, n) ? oneLine : `${unit}\n${date}`;
    style(row.getCell(1), text, BODY_FONT, { horizontal: 'left' });
    if (n > 1) ws.mergeCells(2, 1, 2, n);
    row.height = fitRowHeight([{ text, width: span(0, n) }]);
    return;
  }
  style(row.getCell(1), unit, BODY_FONT, { horizontal: 'left' });
  style(row.getCell(best + 1), date, BODY_FONT, { horizontal: 'right' });
  if (best > 1) ws.mergeCells(2, 1, 2, best);
  if (n > best + 1) ws.mergeCells(2, best + 1, 2, n);
  row.height = fitRowHeight([{ text: unit, width: span(0, best) }]);
}

function style(cell: Cell, value: string, font: Partial<Font>, align: Partial<Alignment>): void {
  cell.value = cellText(value);
  cell.font = font;
  cell.alignment = { vertical: 'middle', wrapText: true, ...align };
}

export type CellValue = string | number | Date | { formula: string; result: number } | null;

export interface BodyRowStyle {
  aligns: readonly (Alignment['horizontal'] | undefined)[];
  font?: Partial<Font>;
  /** Number formats per column (dates, "共0项"). */
  numFmts?: readonly (string | undefined)[];
  /** Merge columns 1…n of this row (a 合计 label): must happen before the row is committed. */
  mergeFirst?: number;
  /** Fonts of single cells (an overdue status), over the row's font. */
  cellFonts?: readonly (Partial<Font> | undefined)[];
  /** Cell notes (the full rule sentence behind a short name); not printed. */
  notes?: readonly (string | undefined)[];
}

/** One bordered body row; strings go through cellText. Committed at once. */
export function addBodyRow(ws: Worksheet, values: readonly CellValue[], st: BodyRowStyle): Row {
  // Blank text becomes an empty cell (still bordered), not an empty shared string.
  const row = ws.addRow(values.map((v) => (typeof v === 'string' ? cellText(v) || null : v)));
  for (let c = 1; c <= values.length; c++) {
    const cell = row.getCell(c);
    cell.font = st.cellFonts?.[c - 1] ?? st.font ?? BODY_FONT;
    const note = st.notes?.[c - 1];
    if (note) cell.note = cellText(note);
    cell.border = BORDER;
    cell.alignment = { vertical: 'middle', wrapText: true, horizontal: st.aligns[c - 1] ?? 'left' };
    const fmt = st.numFmts?.[c - 1];
    if (fmt) cell.numFmt = fmt;
  }
  if ((st.mergeFirst ?? 1) > 1) ws.mergeCells(row.number, 1, row.number, st.mergeFirst ?? 1);
  const widths = sheetWidths.get(ws) ?? [];
  row.height = fitRowHeight(
    values.map((v, i) => ({
      text: typeof v === 'string' ? v : '',
      width:
        i === 0 && (st.mergeFirst ?? 1) > 1
          ? (widths[0] ?? 0) + (widths[1] ?? 0)
          : (widths[i] ?? 8),
      size: st.font?.size ?? BODY_FONT.size,
    })),
  );
  row.commit();
  return row;
}

/** A1-style column letters for 1-based column numbers (A…Z, AA…). */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26))
    s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
