import { describe, expect, it } from 'vitest';
import {
  parseTsv,
  pasteEdits,
  pasteRowIds,
} from '../../../src/renderer/src/features/records/paste';
import { toColumnFilters, toSort } from '../../../src/renderer/src/features/records/grid-query';

describe('paste from Excel/WPS', () => {
  it('parses TAB/newline text, CRLF and quoted cells with newlines', () => {
    expect(parseTsv('a\tb\r\nc\td\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseTsv('"x\ny"\t"say ""hi"""\n')).toEqual([['x\ny', 'say "hi"']]);
    expect(parseTsv('')).toEqual([]);
  });

  it('maps the block from the focused cell, skipping read-only columns and rows past the end', () => {
    const out = pasteEdits(
      [
        ['t1', 'x', '2022'],
        ['t2', 'y', '2023'],
        ['t3', 'z', '2024'],
      ],
      { rowIds: [5, 6], fields: ['title', null, 'year'] },
    );
    expect(out.edits).toEqual([
      { id: 5, field: 'title', value: 't1' },
      { id: 5, field: 'year', value: '2022' },
      { id: 6, field: 'title', value: 't2' },
      { id: 6, field: 'year', value: '2023' },
    ]);
    expect(out.skipped).toBe(5);
  });

  it('fills one copied value into every selected row, as Excel does', () => {
    expect(pasteEdits([['实验中']], { rowIds: [1], fields: ['status'] }, [3, 4]).edits).toEqual([
      { id: 3, field: 'status', value: '实验中' },
      { id: 4, field: 'status', value: '实验中' },
    ]);
  });
});

describe('the rows a pasted block lands on', () => {
  it('a column copied from ticked rows goes back onto them in order, gaps between them kept', () => {
    // Ticked rows 11, 13, 15 (not next to each other), focus on 11 in another column.
    expect(pasteRowIds(3, [11, 12, 13], [11, 13, 15])).toEqual([11, 13, 15]);
  });
  it('otherwise from the focused row down, as in Excel', () => {
    expect(pasteRowIds(3, [12, 13, 14], [11, 13, 15])).toEqual([12, 13, 14]);
    expect(pasteRowIds(2, [11, 12, 13], [11, 13, 15])).toEqual([11, 12]);
    expect(pasteRowIds(2, [11, 12], [])).toEqual([11, 12]);
  });
});

describe('AG Grid models → SQL grid query', () => {
  it('translates simple and combined filters, dropping unknown columns and empty values', () => {
    expect(
      toColumnFilters({
        title: { filterType: 'text', type: 'contains', filter: '议事' },
        year: {
          filterType: 'number',
          operator: 'OR',
          conditions: [
            { type: 'lessThan', filter: 2000 },
            { type: 'inRange', filter: 2019, filterTo: 2021 },
          ],
        },
        mentions: { filterType: 'text', type: 'contains', filter: 'x' },
        unit: { filterType: 'text', type: 'contains', filter: '' },
        city: { filterType: 'text', type: 'blank' },
      }),
    ).toEqual([
      { field: 'title', join: 'AND', conditions: [{ op: 'contains', value: '议事' }] },
      {
        field: 'year',
        join: 'OR',
        conditions: [
          { op: 'lessThan', value: 2000 },
          { op: 'inRange', value: 2019, valueTo: 2021 },
        ],
      },
      { field: 'city', join: 'AND', conditions: [{ op: 'blank', value: null }] },
    ]);
  });

  it('sorts by the region column through its code, and ignores unsortable columns', () => {
    expect(toSort([{ colId: 'region', sort: 'desc' }])).toEqual({
      field: 'regionCode',
      dir: 'desc',
    });
    expect(toSort([{ colId: 'mentions', sort: 'asc' }])).toBeUndefined();
  });
});
