import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildLeadershipWorkbook } from '../../../src/main/core/export/leadership-workbook';
import { columnChoices, listColumns } from '../../../src/main/core/export/list-layout';
import { makeRecord } from '../../fixtures/export/sample-records';

const places = (n: number, themed: number, kind: 'zone' | 'case' | 'other' = 'zone') =>
  Array.from({ length: n }, (_, i) =>
    makeRecord({
      kind,
      province: '江苏省',
      regionText: `江苏省某市第${i + 1}区`,
      title: i < themed ? `第${i + 1}个主题` : null,
    }),
  );

const ticked = (kind: 'zone' | 'case' | 'other', records: ReturnType<typeof places>) =>
  listColumns(kind, records).map((c) => c.id);

describe('columns a Word list prints by default', () => {
  it('leaves out a theme column that only a few of the rows fill, saying how many do', () => {
    const few = places(40, 3);
    expect(ticked('zone', few)).toEqual(['seq', 'unit']);
    expect(columnChoices('zone', few).find((c) => c.id === 'title')).toMatchObject({
      on: false,
      filled: 3,
    });
    // One in ten rows filled is a column worth its width.
    expect(ticked('zone', places(40, 4))).toEqual(['seq', 'unit', 'title']);
  });

  it('drops a column every list of the kind has when nothing in this one fills it', () => {
    expect(ticked('case', places(5, 0, 'case'))).toEqual(['seq', 'unit']);
    expect(ticked('case', places(5, 1, 'case'))).toEqual(['seq', 'unit', 'title']);
    // The kind's naming column stays, empty or not: a list without it is no list.
    expect(ticked('other', places(5, 0, 'other'))).toEqual(['seq', 'title', 'unit']);
  });

  it('prints a column the user asked for when any row fills it, never one blank in every row', () => {
    const chosen = (n: number) =>
      listColumns('zone', places(40, n), ['unit', 'title']).map((c) => c.id);
    // One row in forty: below the default's share, but asked for and not empty.
    expect(chosen(1)).toEqual(['seq', 'unit', 'title']);
    expect(chosen(0)).toEqual(['seq', 'unit']);
  });
});

describe('the workbook detail sheet', () => {
  const header = (ws: ExcelJS.Worksheet) =>
    (ws.getRow(3).values as unknown[]).filter((v) => typeof v === 'string');
  const detail = async (records: ReturnType<typeof places>) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildLeadershipWorkbook({ records })) as unknown as ArrayBuffer);
    return wb.getWorksheet('实验区')!;
  };

  it('leaves out 实验主题 and 实验内容 when no row fills them, 状态 still last with its list', async () => {
    const ws = await detail(places(10, 0));
    expect(header(ws)).toEqual(['序号', '省份', '实验单位', '项目', '年度', '状态']);
    expect(ws.getCell(4, 6).dataValidation?.type).toBe('list');
    expect(ws.getCell(14, 3).value).toMatchObject({ formula: 'SUBTOTAL(103,A4:A13)' });
  });

  it('keeps 实验主题 when one row fills it (the control), 实验内容 still out', async () => {
    const ws = await detail(places(10, 1));
    expect(header(ws)).toEqual(['序号', '省份', '实验单位', '实验主题', '项目', '年度', '状态']);
    expect(ws.getCell(4, 4).value).toBe('第1个主题');
    expect(ws.getCell(4, 7).dataValidation?.type).toBe('list');
  });
});
