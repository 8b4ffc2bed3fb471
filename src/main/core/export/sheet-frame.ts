/**
 * The frame every leadership sheet shares: merged title row, 填报单位/日期 row, bordered bold
 * header, A4 landscape fitted to one page wide, header rows repeated on every printed page,
 * panes frozen below the header, 宋体 body. Works on a normal worksheet and on a streaming
 * one alike: rows are committed as soon as they are complete (a no-op when not streaming).
 */
import type { Alignment, Borders, Cell, Font, Row, Workbook, Worksheet } from 'exceljs';
import { cellText } from './sheet-text';

export const SHEET_FONTS = { body: '宋体', title: '黑体', header: '宋体' } as const;

const THIN = { style: 'thin', color: { argb: 'FF000000' } } as const;
export const BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
export const BODY_FONT: Partial<Font> = { name: SHEET_FONTS.body, size: 11 };
const HEADER_FONT: Partial<Font> = { name: SHEET_FONTS.header, size: 11, bold: true };

export interface SheetColumn {
  header: string;
  /** Excel character units. */
  width: number;
  align?: Alignment['horizontal'];
}

export interface SheetFrameOptions {
  title: string;
  unitName?: string;
  date?: string;
  /** One header row, or several (e.g. programme over year): each the full width. */
  headerRows: string[][];
  widths: number[];
  /** Header cells to merge, as [top, left, bottom, right] relative to the first header row. */
  headerMerges?: [number, number, number, number][];
}

export interface SheetFrame {
  ws: Worksheet;
  /** Row number of the last header row: autofilter and frozen panes hang on it. */
  headerRow: number;
  columnCount: number;
}

export function addFramedSheet(wb: Workbook, name: string, o: SheetFrameOptions): SheetFrame {
  const columnCount = o.widths.length;
  const headerRow = 2 + o.headerRows.length;
  const ws = wb.addWorksheet(name, {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `1:${headerRow}`,
    },
    headerFooter: { oddFooter: '&C第 &P 页，共 &N 页' },
    // Streaming sheets write their views with the first row, so they must be set here.
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}` }],
  });
  ws.columns = o.widths.map((width) => ({ width }));

  const title = ws.getRow(1);
  title.height = 32;
  style(title.getCell(1), o.title, { name: SHEET_FONTS.title, size: 16 }, { horizontal: 'center' });
  if (columnCount > 1) ws.mergeCells(1, 1, 1, columnCount);

  const info = ws.getRow(2);
  info.height = 20;
  const half = Math.max(1, Math.floor(columnCount / 2));
  style(info.getCell(1), `填报单位：${o.unitName ?? ''}`, BODY_FONT, { horizontal: 'left' });
  if (columnCount > 1) {
    style(info.getCell(half + 1), `填报日期：${o.date ?? ''}`, BODY_FONT, { horizontal: 'right' });
    if (half > 1) ws.mergeCells(2, 1, 2, half);
    if (columnCount > half + 1) ws.mergeCells(2, half + 1, 2, columnCount);
  }

  o.headerRows.forEach((labels, i) => {
    const row = ws.getRow(3 + i);
    row.height = 24;
    for (let c = 1; c <= columnCount; c++) {
      const cell = row.getCell(c);
      style(cell, labels[c - 1] ?? '', HEADER_FONT, { horizontal: 'center' });
      cell.border = BORDER;
    }
  });
  for (const [t, l, b, r] of o.headerMerges ?? []) ws.mergeCells(3 + t, l, 3 + b, r);
  for (let r = 1; r <= headerRow; r++) ws.getRow(r).commit();
  return { ws, headerRow, columnCount };
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
}

/** One bordered body row; strings go through cellText. Committed at once. */
export function addBodyRow(ws: Worksheet, values: readonly CellValue[], st: BodyRowStyle): Row {
  // Blank text becomes an empty cell (still bordered), not an empty shared string.
  const row = ws.addRow(values.map((v) => (typeof v === 'string' ? cellText(v) || null : v)));
  for (let c = 1; c <= values.length; c++) {
    const cell = row.getCell(c);
    cell.font = st.font ?? BODY_FONT;
    cell.border = BORDER;
    cell.alignment = { vertical: 'middle', wrapText: true, horizontal: st.aligns[c - 1] ?? 'left' };
    const fmt = st.numFmts?.[c - 1];
    if (fmt) cell.numFmt = fmt;
  }
  if ((st.mergeFirst ?? 1) > 1) ws.mergeCells(row.number, 1, row.number, st.mergeFirst ?? 1);
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
