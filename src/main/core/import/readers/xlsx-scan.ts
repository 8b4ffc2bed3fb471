/**
 * Looks through an .xlsx before exceljs loads it, because exceljs trusts the file: it
 * inflates every part whatever size the zip declares, makes an object per cell and
 * expands every merged range cell by cell (one merge over the whole sheet is 17 billion
 * cells). Here every part is inflated once as a stream — counting real bytes against the
 * budget — and each worksheet's cells, rows and merged areas are counted, so a hostile
 * workbook is refused before exceljs allocates anything.
 */
import type JSZip from 'jszip';
import { limitError, type ReadBudget } from './budget';
import { inflateEach } from './zip-guard';

const CELL = /<c[\s>/]/g;
const ROW = /<row[\s>/]/g;
const MERGE = /<mergeCell\s[^>]*?ref="([A-Z]{1,3})(\d{1,7})(?::([A-Z]{1,3})(\d{1,7}))?"/g;
/** A tag can straddle two chunks: the end of the previous chunk is looked at again. */
const CARRY = 512;

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Counts matches that end inside the new part of `text` (after the carried-over tail). */
function countNew(re: RegExp, text: string, tail: number, each?: (m: RegExpExecArray) => void) {
  let n = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index + m[0].length <= tail) continue;
    n++;
    each?.(m);
  }
  return n;
}

export async function scanXlsx(zip: JSZip, budget: ReadBudget): Promise<void> {
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const sheet = /^xl\/worksheets\/[^/]+\.xml$/.test(entry.name);
    let carried = '';
    let cells = 0;
    await inflateEach(entry, budget, (chunk) => {
      if (!sheet) return;
      const text = carried + Buffer.from(chunk).toString('latin1');
      const tail = carried.length;
      cells += countNew(CELL, text, tail) + countNew(ROW, text, tail);
      countNew(MERGE, text, tail, (m) => {
        const rows = m[4] ? Math.abs(Number(m[4]) - Number(m[2])) + 1 : 1;
        const cols = m[3] ? Math.abs(colNumber(m[3]) - colNumber(m[1]!)) + 1 : 1;
        cells += rows * cols;
      });
      if (cells > budget.limits.maxGridCells)
        throw limitError(
          'too_many_cells',
          `Excel 工作表 ${entry.name.replace(/^.*\//, '')} 的单元格（含合并单元格展开）超过 ${budget.limits.maxGridCells / 10_000} 万个（上限）`,
          '请删除多余的行、列和合并单元格后再导入',
        );
      carried = text.slice(-CARRY);
    });
    budget.cells(cells);
  }
}
