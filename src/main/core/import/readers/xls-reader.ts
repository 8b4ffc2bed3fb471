/**
 * Old binary Excel (.xls, BIFF5/BIFF8, and WPS's .et, the same container) with SheetJS:
 * the same shape as xlsx-reader.ts gives — every visible sheet in order, a non-default
 * sheet name as a line, merged cells given their master's value, whole-row merges (title
 * and category rows) as lines, the rest as TAB rows through sheet-rows.ts — so the
 * extractor sees one workbook the same way whichever format it was saved in.
 *
 * The container has been checked by ole-guard.ts first. The grid is built from the cells
 * present, never from the size the sheet claims, and every merged area is counted against
 * the budget before it is filled.
 */
import * as XLSX from '@e965/xlsx';
import { ReadError, type SourceDocument } from '../source-document';
import { ReadBudget } from './budget';
import { valueText } from './cell-text';
import { DocBuilder } from './doc-builder';
import { emptyError } from './errors';
import { emitGrid, gridOfRows } from './sheet-rows';
import { isWholeRowMerge, type Range } from './xlsx-reader';

function corruptXls(encrypted: boolean): ReadError {
  return encrypted
    ? new ReadError(
        'encrypted_file',
        '这个 Excel 文件设置了打开密码，无法读取。请用 Excel 或 WPS 打开并取消密码后另存，再导入',
      )
    : new ReadError(
        'corrupt_xls',
        'Excel 文件（.xls）已损坏、版本过旧或格式无法识别，无法读取。请用 Excel 或 WPS 打开后另存为 .xlsx 再导入',
      );
}

export function readXls(bytes: Uint8Array, budget: ReadBudget = new ReadBudget()): SourceDocument {
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(bytes, {
      type: 'array',
      dense: true,
      cellNF: true,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
      // Rows past the cell budget could never be read anyway: the parser stops there.
      sheetRows: budget.limits.maxGridCells,
    });
  } catch (e) {
    throw corruptXls(e instanceof Error && /password|encrypt/i.test(e.message));
  }
  budget.checkClock();
  const b = new DocBuilder(budget);
  wb.SheetNames.forEach((name, index) => {
    if ((wb.Workbook?.Sheets?.[index]?.Hidden ?? 0) !== 0) return;
    const ws = wb.Sheets[name];
    if (!ws) return;
    const { grid, rowNumbers, merges } = sheetGrid(ws, name, budget);
    if (grid.length === 0) return;
    b.blank();
    if (!/^(sheet|工作表)\s*\d*$/i.test(name.trim())) b.paragraph(name);
    emitGrid(b, grid, (i, row) => {
      const n = rowNumbers[i];
      return n !== undefined && isWholeRowMerge(merges, n, row);
    });
  });
  if (b.isEmpty) throw emptyError();
  const title = typeof wb.Props?.Title === 'string' ? wb.Props.Title : undefined;
  return b.build('xls', { hints: { title: title || undefined } });
}

/**
 * Rows holding text (1-based row numbers, as xlsx-reader counts them), each up to the
 * sheet's last column with text; merged areas filled with their master's value; a run of
 * empty rows becomes one empty row.
 */
function sheetGrid(
  ws: XLSX.WorkSheet,
  name: string,
  budget: ReadBudget,
): { grid: string[][]; rowNumbers: (number | undefined)[]; merges: Range[] } {
  const present = new Map<number, Map<number, string>>();
  let width = 0;
  const put = (row: number, col: number, text: string): void => {
    let cells = present.get(row);
    if (!cells) present.set(row, (cells = new Map()));
    cells.set(col, text);
    if (col > width) width = col;
  };
  const dense = (ws as { '!data'?: (XLSX.CellObject | undefined)[][] })['!data'] ?? [];
  dense.forEach((row, r) => {
    row?.forEach((cell, c) => {
      budget.tick();
      const text = cell ? cellText(cell) : '';
      if (text.trim() !== '') put(r + 1, c + 1, text);
    });
  });
  const merges: Range[] = (ws['!merges'] ?? []).map((m) => ({
    top: m.s.r + 1,
    left: m.s.c + 1,
    bottom: m.e.r + 1,
    right: m.e.c + 1,
  }));
  for (const m of merges) {
    const master = present.get(m.top)?.get(m.left);
    if (master === undefined) continue;
    budget.cells((m.bottom - m.top + 1) * (m.right - m.left + 1));
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) put(r, c, master);
  }
  budget.columns(width, name);
  budget.cells(present.size * 2 * width);
  const rows = [...present.keys()]
    .sort((a, b) => a - b)
    .map((number) => ({ number, cells: present.get(number) as Map<number, string> }));
  return { ...gridOfRows(rows, width), merges };
}

/** A cell as shown: dates from the serial number and the date format, as xlsx-reader shows them. */
function cellText(cell: XLSX.CellObject): string {
  if (cell.t === 'n' && typeof cell.v === 'number' && cell.z && XLSX.SSF.is_date(cell.z)) {
    const d = XLSX.SSF.parse_date_code(cell.v) as {
      y: number;
      m: number;
      d: number;
      H: number;
      M: number;
    };
    const pad = (n: number): string => String(n).padStart(2, '0');
    const day = `${d.y}-${pad(d.m)}-${pad(d.d)}`;
    return d.H || d.M ? `${day} ${pad(d.H)}:${pad(d.M)}` : day;
  }
  if (cell.t === 'e') return cell.w ?? '';
  return valueText(cell.v, typeof cell.z === 'string' ? cell.z : undefined);
}
