/**
 * The reading budget (issue #20, finding 2): each limit stops a read with its own Chinese
 * message naming it, counted as the reader goes — cells after expanding spans, steps spent
 * placing them, columns of what is present, PDF pages, time and cancellation.
 */
import { describe, expect, it } from 'vitest';
import { readNotice } from '../../../src/main/core/import/readers';
import { ReadBudget } from '../../../src/main/core/import/readers/budget';
import { expandGrid, type SpanCell } from '../../../src/main/core/import/readers/table-grid';
import { farCellXlsx, manyPagePdf } from '../../support/fixtures/hostile-files';
import { textEntry, writeZip } from '../../support/fixtures/zip-writer';
import { readError } from './consistency';

const cell = (text: string, colSpan = 1, rowSpan = 1): SpanCell => ({
  content: [{ kind: 'para', text }],
  colSpan,
  rowSpan,
});

describe('table grids', () => {
  it('counts expanded cells, not written ones', () => {
    const rows = Array.from({ length: 20 }, () => [cell('x', 50)]);
    expect(expandGrid(rows, new ReadBudget({ maxGridCells: 1000 }))).toHaveLength(20);
    expect(() => expandGrid(rows, new ReadBudget({ maxGridCells: 999 }))).toThrow(
      /999 个单元格（上限）/,
    );
  });

  it('counts the steps a rowspan to the end of the table costs', () => {
    const rows = Array.from({ length: 200 }, () => [cell('x', 1, 0)]);
    expect(() => expandGrid(rows, new ReadBudget({ maxGridWork: 5000 }))).toThrow(/步，上限/);
  });

  it('refuses more columns than the limit', () => {
    expect(() => expandGrid([[cell('a', 600), cell('b', 600)]], new ReadBudget())).toThrow(
      /1200 列，超过 1000 列的上限/,
    );
  });

  it('stops at the time budget and when cancelled', () => {
    const slow = new ReadBudget({ maxMillis: -1 });
    expect(() => slow.checkClock()).toThrow(/秒（每个文件的上限）/);
    const abort = new AbortController();
    abort.abort();
    expect(() => new ReadBudget({}, abort.signal).checkClock()).toThrow(/取消/);
  });
});

describe('readers within the budget', () => {
  it('sizes a sheet from the cells present, not from its claimed dimension', async () => {
    const xlsx = await writeZip([
      ...(await import('../../support/fixtures/hostile-files')).XLSX_PARTS,
      textEntry(
        'xl/worksheets/sheet1.xml',
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>关于确认实验区的通知</t></is></c></row><row r="1048576"><c r="B1048576" t="inlineStr"><is><t>石家庄市长安区</t></is></c></row></sheetData></worksheet>',
      ),
    ]);
    const doc = await readNotice('far.xlsx', xlsx);
    // The sheet's name, then A1, then the far cell: no million empty rows in between.
    expect(doc.text).toBe('名单\n关于确认实验区的通知\n石家庄市长安区');
  });

  it('refuses a sheet whose last column is far away, naming the sheet and the limit', async () => {
    const e = await readError(readNotice('far.xlsx', await farCellXlsx()));
    expect(e.code).toBe('too_many_columns');
    expect(e.message).toMatch(/工作表“名单”有 16384 列，超过 1000 列的上限/);
  });

  it('refuses a PDF over the page limit before reading a page', async () => {
    const e = await readError(readNotice('p.pdf', manyPagePdf(5), { limits: { maxPdfPages: 4 } }));
    expect(e.code).toBe('too_many_pages');
    expect(e.message).toMatch(/PDF 共 5 页，超过 4 页的上限/);
  });

  it('refuses a CSV line of millions of empty fields', async () => {
    const e = await readError(
      readNotice('wide.csv', Buffer.from(`名单\n${','.repeat(2_000_000)}\n`)),
    );
    expect(e.code).toBe('too_many_cells');
  });
});
