/**
 * Row heights from the text, since spreadsheets do not grow rows for wrapped text on their
 * own when a file is made by a program (exceljs writes no height; Excel and LibreOffice then
 * print one line and the rest overlaps or is cut). A column's width is in Excel character
 * units (the width of "0" in the default font, Calibri: ~7 px); a Chinese character at 11 pt
 * is about two of them in Excel and WPS. LibreOffice without Calibri measures units in a wider
 * face and fits more per line, so its rows come out a little airy, never clipped.
 */
import { ems } from './text-measure';

/** Excel width units per em at 11 pt (a CJK character ≈ 14.7 px, "0" ≈ 7 px). */
const UNITS_PER_EM_11PT = 2.1;
/** Width units a cell loses to its padding. */
const PADDING_UNITS = 1;
const LINE_HEIGHT = 1.35;
/** Excel's limit for one row. */
export const MAX_ROW_HEIGHT = 409;

/** Width units one line of `text` needs at `size` pt, padding included. */
export const textUnits = (text: string, size = 11): number =>
  ems(text) * UNITS_PER_EM_11PT * (size / 11) + PADDING_UNITS;

/**
 * A column's width: `min`, widened up to `max` to hold its longest value on one line. For
 * short values repeated row after row (省份, 项目): at a fixed width a 内蒙古自治区 wrapped in
 * Excel and WPS, and every such row printed two lines tall for want of a few units.
 */
export function fitWidth(values: Iterable<string>, min: number, max: number): number {
  let need = min;
  for (const v of values) need = Math.max(need, Math.ceil(textUnits(v)));
  return Math.min(need, Math.max(min, max));
}

/** Ems one line holds in a column `width` units wide at `size` pt. */
export const emsPerLine = (width: number, size = 11): number =>
  Math.max(1, ((width - PADDING_UNITS) / UNITS_PER_EM_11PT) * (11 / size));

/** Lines a cell's text takes in a column `width` units wide at `size` pt. */
export function cellLines(text: string, width: number, size = 11): number {
  const perLine = emsPerLine(width, size);
  return String(text)
    .split(/\r?\n/)
    .reduce((n, p) => n + Math.max(1, Math.ceil(ems(p) / perLine - 1e-9)), 0);
}

/** Points for a row whose tallest cell has `lines` lines at `size` pt. */
export const rowHeight = (lines: number, size = 11): number =>
  Math.min(MAX_ROW_HEIGHT, Math.ceil(lines * size * LINE_HEIGHT + 4));

/** Height of a row of cells (texts with their column widths and font sizes). */
export function fitRowHeight(
  cells: readonly { text: string; width: number; size?: number }[],
  minLines = 1,
): number {
  let points = rowHeight(minLines);
  for (const c of cells) {
    if (!c.text) continue;
    points = Math.max(points, rowHeight(cellLines(c.text, c.width, c.size), c.size));
  }
  return Math.min(MAX_ROW_HEIGHT, points);
}

/**
 * Text cut to `max` characters at a sentence or clause end where one is near, with a note
 * where the rest is. Long write-ups belong in their own sheet; a summary row stays readable.
 */
export function limitText(text: string, max: number, more: string): string {
  const t = text.trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const end = Math.max(cut.lastIndexOf('。'), cut.lastIndexOf('；'), cut.lastIndexOf('，'));
  const head = end >= max * 0.6 ? cut.slice(0, end + 1) : `${cut}…`;
  return `${head}${more}`;
}
