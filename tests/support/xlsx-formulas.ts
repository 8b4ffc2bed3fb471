/**
 * A small formula checker for the workbooks we write: recalculates the functions they use
 * (SUM, and SUBTOTAL 102/103/109 over a range of one sheet) from the cell values of the
 * reopened file, so a test can compare each formula's stored result with what Excel or WPS
 * will show after recalculating. Anything else is reported as unsupported, never guessed.
 */
import type { CellValue, Worksheet } from 'exceljs';

function cellsOf(ws: Worksheet, range: string): CellValue[] {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(range);
  if (!m) throw new Error(`unsupported range ${range}`);
  const col = (s: string) => [...s].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  const out: CellValue[] = [];
  for (let r = Number(m[2]); r <= Number(m[4]); r++)
    for (let c = col(m[1] ?? 'A'); c <= col(m[3] ?? 'A'); c++) out.push(valueOf(ws, r, c));
  return out;
}

function valueOf(ws: Worksheet, row: number, col: number): CellValue {
  const v = ws.getCell(row, col).value;
  if (v && typeof v === 'object' && 'formula' in v) return evaluate(ws, String(v.formula));
  return v;
}

const isNumber = (v: CellValue): v is number => typeof v === 'number';
const isFilled = (v: CellValue): boolean => v !== null && v !== undefined && v !== '';

/** The value of a formula of the supported kinds, from the sheet's current cells. */
export function evaluate(ws: Worksheet, formula: string): number {
  const f = formula.replace(/^=/, '').trim();
  let m = /^SUM\(([^)]+)\)$/i.exec(f);
  if (m)
    return cellsOf(ws, m[1] ?? '')
      .filter(isNumber)
      .reduce((a, b) => a + b, 0);
  m = /^SUBTOTAL\((\d+),([^)]+)\)$/i.exec(f);
  if (m) {
    const cells = cellsOf(ws, m[2] ?? '');
    switch (Number(m[1])) {
      case 102:
        return cells.filter(isNumber).length;
      case 103:
        return cells.filter(isFilled).length;
      case 109:
        return cells.filter(isNumber).reduce((a, b) => a + b, 0);
    }
  }
  if (/^\d+$/.test(f)) return Number(f);
  throw new Error(`unsupported formula ${formula}`);
}

/** Every formula cell of the sheet with its stored result and its recalculated value. */
export function formulaCells(
  ws: Worksheet,
): { address: string; formula: string; stored: unknown; recalculated: number }[] {
  const out: { address: string; formula: string; stored: unknown; recalculated: number }[] = [];
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const v = cell.value;
      if (v && typeof v === 'object' && 'formula' in v)
        out.push({
          address: cell.address,
          formula: String(v.formula),
          stored: (v as { result?: unknown }).result,
          recalculated: evaluate(ws, String(v.formula)),
        });
    }),
  );
  return out;
}
