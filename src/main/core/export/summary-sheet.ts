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
  // Two header rows: programme spanning its years, then the years.
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
    i = j + 1;
  }
  const { ws, headerRow } = addFramedSheet(wb, '汇总表', {
    title,
    ...meta,
    headerRows: [top, sub],
    widths: [6, 18, ...cols.map(() => 12), 10],
    headerMerges: merges,
  });
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
