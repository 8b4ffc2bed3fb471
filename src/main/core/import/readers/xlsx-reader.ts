/**
 * .xlsx with exceljs: every worksheet in order, merged cells expanded (exceljs already
 * gives a merged cell its master's value), values as displayed text. A sheet's name
 * becomes a line before its content unless it is a default name (Sheet1, 工作表1),
 * since names like "附件1 实验区名单" tell which list follows. The title property is a hint.
 *
 * The workbook is scanned before exceljs sees it (xlsx-scan.ts), and a sheet's grid is
 * built from the cells actually present — rows with a value, up to the last column with
 * one — never from the size the sheet claims (`<dimension ref="A1:XFD1048576">`).
 */
import ExcelJS from 'exceljs';
import { ReadError, type SourceDocument } from '../source-document';
import { ReadBudget } from './budget';
import { cellDisplayText } from './cell-text';
import { DocBuilder } from './doc-builder';
import { emptyError } from './errors';
import { emitGrid, gridOfRows, type PresentRow } from './sheet-rows';
import { scanXlsx } from './xlsx-scan';
import { openOfficeZip } from './zip-guard';

export function corruptXlsx(): ReadError {
  return new ReadError(
    'corrupt_xlsx',
    'Excel 文件已损坏或不完整，无法打开。请用 Excel 或 WPS 打开后重新保存为 .xlsx 再导入',
  );
}

export async function readXlsx(
  bytes: Uint8Array,
  budget: ReadBudget = new ReadBudget(),
): Promise<SourceDocument> {
  // Declared sizes, then real sizes and cell counts, before exceljs inflates anything.
  await scanXlsx(await openOfficeZip(bytes, corruptXlsx), budget);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer,
    );
  } catch {
    throw corruptXlsx();
  }
  const b = new DocBuilder(budget);
  for (const ws of wb.worksheets) {
    if (ws.state === 'hidden' || ws.state === 'veryHidden') continue;
    const { grid, rowNumbers } = sheetGrid(ws, budget);
    if (grid.length === 0) continue;
    b.blank();
    if (!/^(sheet|工作表)\s*\d*$/i.test(ws.name.trim())) b.paragraph(ws.name);
    const merges = mergedRanges(ws);
    emitGrid(b, grid, (i, row) => {
      const n = rowNumbers[i];
      return n !== undefined && isWholeRowMerge(merges, n, row);
    });
  }
  if (b.isEmpty) throw emptyError();
  // The workbook's title property: what its maker called the file, a hint only.
  return b.build('xlsx', { hints: { title: wb.title || undefined } });
}

/**
 * The rows that hold text, each up to the sheet's last column with text; a run of empty
 * rows between them becomes one empty row (it ends a table, as in the sheet). Sized from
 * the cells present, and counted against the budget before the grid is built.
 */
function sheetGrid(
  ws: ExcelJS.Worksheet,
  budget: ReadBudget,
): { grid: string[][]; rowNumbers: (number | undefined)[] } {
  const present: PresentRow[] = [];
  let width = 0;
  ws.eachRow({ includeEmpty: false }, (row, number) => {
    const cells = new Map<number, string>();
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      budget.tick();
      const text = cellDisplayText(cell);
      if (text.trim() === '') return;
      cells.set(col, text);
      if (col > width) width = col;
    });
    if (cells.size > 0) present.push({ number, cells });
  });
  budget.columns(width, ws.name);
  budget.cells(present.length * 2 * width);
  return gridOfRows(present, width);
}

export interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function mergedRanges(ws: ExcelJS.Worksheet): Range[] {
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  const out: Range[] = [];
  for (const ref of merges) {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
    if (!m) continue;
    out.push({
      left: colNumber(m[1] ?? ''),
      top: Number(m[2]),
      right: colNumber(m[3] ?? ''),
      bottom: Number(m[4]),
    });
  }
  return out;
}

/** A row whose text all comes from one merge spanning several columns: a title or heading. */
export function isWholeRowMerge(merges: Range[], rowNumber: number, row: string[]): boolean {
  const filledCols = row.flatMap((c, i) => (c.trim() !== '' ? [i + 1] : []));
  if (filledCols.length === 0) return false;
  return merges.some(
    (m) =>
      m.right > m.left &&
      m.top <= rowNumber &&
      rowNumber <= m.bottom &&
      filledCols.every((c) => m.left <= c && c <= m.right),
  );
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
