/**
 * A workbook as offices send lists: several sheets, each with a title row merged across
 * the table and a two-row header whose first row is merged over the place columns
 * (所在地区 over 市 | 县（市、区）). The second header row is never a record, and a list
 * with no theme column has no titles.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { readNotice } from '../../../src/main/core/import/readers';
import { resolveRecords } from '../../../src/main/core/import/resolve-records';

function sheet(
  wb: ExcelJS.Workbook,
  name: string,
  title: string,
  unitHeader: string,
  rows: string[][],
) {
  const ws = wb.addWorksheet(name);
  ws.addRow([title]);
  ws.mergeCells(1, 1, 1, 4);
  ws.addRow(['序号', '所在地区', '所在地区', unitHeader]);
  ws.addRow(['序号', '市', '县（市、区）', unitHeader]);
  ws.mergeCells(2, 2, 2, 3);
  ws.mergeCells(2, 1, 3, 1);
  ws.mergeCells(2, 4, 3, 4);
  rows.forEach((r, i) => ws.addRow([i + 1, ...r]));
}

async function workbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  sheet(wb, '附件1 示范乡镇', '第二批省级乡村治理示范乡镇名单', '乡镇名称', [
    ['南京市', '江宁区', '汤山街道'],
    ['苏州市', '昆山市', '周庄镇'],
  ]);
  sheet(wb, '附件2 示范村', '第二批省级乡村治理示范村名单', '村名称', [
    ['无锡市', '江阴市', '华士镇华西村'],
    ['苏州市', '张家港市', '南丰镇永联村'],
    ['苏州市', '常熟市', '支塘镇蒋巷村'],
  ]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('a workbook of several sheets with merged titles and two-row headers', () => {
  it('reads every sheet’s rows, never a header row, with no titles', async () => {
    const bytes = await workbook();
    const doc = await readNotice('名单.xlsx', bytes);
    const n = extractNotice(doc, { fileName: '名单.xlsx', regions: gazetteerRegionLookup() });
    const codes = resolveRecords(n).resolved.map((r) => r.resolution?.regionCode ?? null);
    expect(n.records.map((r) => r.seq)).toEqual([1, 2, 1, 2, 3]);
    expect(codes).toEqual(['320115', '320583', '320281', '320582', '320581']);
    expect(n.records.every((r) => r.title === '' && r.kind === 'other')).toBe(true);
    expect(n.records.some((r) => /市$|县|序号/.test(r.regionText ?? '') && r.seq === null)).toBe(
      false,
    );
  });
});

describe('a list whose only named column holds places written in full', () => {
  it('reads each name as the unit, with no title', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('名单');
    ws.addRow(['类别', '序号', '名称']);
    ws.addRow(['乡镇', 1, '南京市江宁区汤山街道']);
    ws.addRow(['乡镇', 2, '昆山市周庄镇']);
    ws.addRow(['村', 3, '江阴市华士镇华西村']);
    ws.mergeCells(2, 1, 3, 1);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const doc = await readNotice('名单.xlsx', bytes);
    const n = extractNotice(doc, { fileName: '名单.xlsx', regions: gazetteerRegionLookup() });
    const codes = resolveRecords(n).resolved.map((r) => r.resolution?.regionCode ?? null);
    expect(codes).toEqual(['320115', '320583', '320281']);
    expect(n.records.map((r) => r.title)).toEqual(['', '', '']);
  });

  it('keeps a column of names that are not places as titles', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('名单');
    ws.addRow(['序号', '名称']);
    ws.addRow([1, '邻里守望议事会']);
    ws.addRow([2, '南京市江宁区汤山街道']);
    ws.addRow([3, '红色物业联盟']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const doc = await readNotice('名单.xlsx', bytes);
    const n = extractNotice(doc, { fileName: '名单.xlsx', regions: gazetteerRegionLookup() });
    expect(n.records.map((r) => r.title)).toContain('邻里守望议事会');
  });
});

describe('a sheet whose cities are rows merged across the table between its rows', () => {
  it('keeps the header for every row and places each row in the city above it', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('名单');
    ws.addRow(['序号', '县（市、区）', '社区（村）']);
    const city = (name: string) => {
      const row = ws.addRow([name]);
      ws.mergeCells(row.number, 1, row.number, 3);
    };
    city('南京市');
    ws.addRow([1, '鼓楼区', '宁海路街道颐和路社区']);
    ws.addRow([2, '玄武区', '玄武门街道莲花湖社区']);
    city('徐州市');
    ws.addRow([3, '鼓楼区', '丰财街道三环社区']);
    ws.addRow([4, '沛县', '沛城街道汉润社区']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const doc = await readNotice('名单.xlsx', bytes);
    const n = extractNotice(doc, { fileName: '名单.xlsx', regions: gazetteerRegionLookup() });
    const codes = resolveRecords(n).resolved.map((r) => r.resolution?.regionCode ?? null);
    expect(n.records.map((r) => r.seq)).toEqual([1, 2, 3, 4]);
    // 鼓楼区 is in both cities: only the merged row above says which.
    expect(codes).toEqual(['320106', '320102', '320302', '320322']);
    // The next city's row is no part of the last entry above it.
    expect(n.records.some((r) => /南京市|徐州市/.test(`${r.regionText ?? ''}${r.title}`))).toBe(
      false,
    );
  });
});
