/**
 * 汇总表: records counted by province (rows, official order) and programme × year (columns),
 * a 合计 column and a 合计 row. Totals are SUM formulas with their values cached, so the sheet
 * reads right before recalculation and stays right when staff correct a count.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { addBodyRow, addFramedSheet, BODY_FONT, columnLetter, type CellValue } from './sheet-frame';
import { yearLabel, type SummaryCounts } from './summary-counts';

/** 31 provinces, the 兵团 and a few unnamed: still one printed page. */
const ONE_PAGE_ROWS = 40;
/**
 * Column width units one landscape A4 page holds at about three fifths of full size (about
 * 137 at 100 %; 11 pt prints as 6.5 pt, still legible): a summary of up to 17 programme-year
 * columns stays on one page, like the forms it replaces. A ledger of more programmes and
 * years is printed over as many pages across as that needs, 序号 and 省份 repeated on each,
 * rather than shrunk onto one page until its counts cannot be read.
 */
const PAGE_UNITS = 230;
const LABEL_COLUMNS = 2;

export interface SheetMeta {
  unitName?: string;
  date?: string;
}

export function writeSummarySheet(
  wb: Workbook,
  counts: SummaryCounts,
  meta: SheetMeta,
  title: string,
): Worksheet {
  const cols = counts.columns;
  const n = cols.length;
  const first = 3; // first count column (after 序号, 省份)
  const totalCol = first + n;
  // Two header rows: programme spanning its years, then the years. A programme whose only
  // column has no year takes both rows: "年份未注明" under it told the reader nothing, and two
  // such programmes side by side read as one programme's two unnamed years.
  const top = ['序号', '省份', ...cols.map((c) => c.programme), '合计'];
  const sub = ['', '', ...cols.map((c) => yearLabel(c.year)), ''];
  const merges: [number, number, number, number][] = [
    [0, 1, 1, 1],
    [0, 2, 1, 2],
    [0, totalCol, 1, totalCol],
  ];
  for (let i = 0; i < n;) {
    let j = i;
    while (j + 1 < n && cols[j + 1]?.programme === cols[i]?.programme) j++;
    if (j > i) merges.push([0, first + i, 0, first + j]);
    else if (cols[i]?.year === null) {
      sub[first - 1 + i] = '';
      merges.push([0, first + i, 1, first + i]);
    }
    i = j + 1;
  }
  const widths = [6, 18, ...cols.map(() => 12), 10];
  const { ws, headerRow } = addFramedSheet(wb, '汇总表', {
    title,
    ...meta,
    headerRows: [top, sub],
    widths,
    headerMerges: merges,
    labelColumns: LABEL_COLUMNS,
    titleColumns: firstPageColumns(widths),
  });
  ws.pageSetup.fitToWidth = pagesAcross(widths);
  const aligns = ['center', 'left', ...cols.map(() => 'center' as const), 'center'] as const;
  const firstData = headerRow + 1;
  const lastData = headerRow + counts.rows.length;
  const sumRow = (r: number, value: number): CellValue => ({
    formula: n > 0 ? `SUM(${columnLetter(first)}${r}:${columnLetter(first + n - 1)}${r})` : '0',
    result: value,
  });
  counts.rows.forEach((row, i) => {
    const r = firstData + i;
    addBodyRow(ws, [i + 1, row.province, ...row.counts, sumRow(r, row.total)], { aligns });
  });
  const sumCol = (c: number, value: number): CellValue =>
    counts.rows.length > 0
      ? {
          formula: `SUM(${columnLetter(c)}${firstData}:${columnLetter(c)}${lastData})`,
          result: value,
        }
      : 0;
  addBodyRow(
    ws,
    [
      '合计',
      '',
      ...counts.columnTotals.map((v, i) => sumCol(first + i, v)),
      sumCol(totalCol, counts.grandTotal),
    ],
    { aligns, font: { ...BODY_FONT, bold: true }, mergeFirst: 2 },
  );
  // A summary of a few dozen provinces prints on one page, like the forms it replaces.
  if (counts.rows.length <= ONE_PAGE_ROWS) ws.pageSetup.fitToHeight = 1;
  // The filter covers the province rows only, so sorting never moves the 合计 row.
  ws.autoFilter = {
    from: { row: headerRow, column: 1 },
    to: { row: Math.max(headerRow, lastData), column: totalCol },
  };
  return ws;
}

/** Pages across the summary takes, each after the first repeating the label columns. */
export function pagesAcross(widths: readonly number[]): number {
  const total = widths.reduce((a, b) => a + b, 0);
  const labels = widths.slice(0, LABEL_COLUMNS).reduce((a, b) => a + b, 0);
  if (total <= PAGE_UNITS) return 1;
  return 1 + Math.ceil((total - PAGE_UNITS) / (PAGE_UNITS - labels));
}

/** The columns the first printed page holds (all of them on a sheet one page wide). */
export function firstPageColumns(widths: readonly number[]): number {
  const pages = pagesAcross(widths);
  if (pages === 1) return widths.length;
  const page = widths.reduce((a, b) => a + b, 0) / pages;
  let used = 0;
  let n = 0;
  for (const w of widths) {
    if (used + w > page) break;
    used += w;
    n++;
  }
  return Math.max(LABEL_COLUMNS + 1, n);
}
