/**
 * .xlsx with exceljs: every worksheet in order, merged cells expanded (exceljs already
 * gives a merged cell its master's value), values as displayed text. A sheet's name
 * becomes a line before its content unless it is a default name (Sheet1, 工作表1),
 * since names like "附件1 实验区名单" tell which list follows.
 */
import ExcelJS from 'exceljs';
import { ReadError, type SourceDocument } from '../source-document';
import { cellDisplayText } from './cell-text';
import { DocBuilder } from './doc-builder';
import { emptyError } from './errors';
import { emitGrid } from './sheet-rows';
import { openOfficeZip } from './zip-guard';

export function corruptXlsx(): ReadError {
  return new ReadError(
    'corrupt_xlsx',
    'Excel 文件已损坏或不完整，无法打开。请用 Excel 或 WPS 打开后重新保存为 .xlsx 再导入',
  );
}

// Bounds a sheet's grid: staff lists have hundreds of rows, not a million empty ones.
const MAX_ROWS = 200_000;
const MAX_COLS = 512;

export async function readXlsx(bytes: Uint8Array): Promise<SourceDocument> {
  await openOfficeZip(bytes, corruptXlsx); // bomb limits before exceljs inflates anything
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer,
    );
  } catch {
    throw corruptXlsx();
  }
  const b = new DocBuilder();
  for (const ws of wb.worksheets) {
    if (ws.state === 'hidden' || ws.state === 'veryHidden') continue;
    const grid = sheetGrid(ws);
    if (grid.every((r) => r.every((c) => c.trim() === ''))) continue;
    b.blank();
    if (!/^(sheet|工作表)\s*\d*$/i.test(ws.name.trim())) b.paragraph(ws.name);
    const merges = mergedRanges(ws);
    emitGrid(b, grid, (i, row) => isWholeRowMerge(merges, i + 1, row));
  }
  if (b.isEmpty) throw emptyError();
  return b.build('xlsx');
}

function sheetGrid(ws: ExcelJS.Worksheet): string[][] {
  const rows = Math.min(ws.rowCount, MAX_ROWS);
  const cols = Math.min(ws.columnCount, MAX_COLS);
  const grid: string[][] = [];
  for (let r = 1; r <= rows; r++) {
    const row = ws.getRow(r);
    const line: string[] = [];
    for (let c = 1; c <= cols; c++) line.push(cellDisplayText(row.getCell(c)));
    grid.push(line);
  }
  return grid;
}

interface Range {
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
function isWholeRowMerge(merges: Range[], rowNumber: number, row: string[]): boolean {
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
