import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildLeadershipWorkbook,
  writeLeadershipWorkbook,
  type LeadershipData,
} from '../../../src/main/core/export/leadership-workbook';
import { looksLikeFormula } from '../../../src/main/core/export/sheet-text';
import { mixedLedger, sampleMilestones, sampleZones } from '../../fixtures/export/sample-records';
import { zipPart } from './docx-parts';

const records = [...sampleZones(), ...mixedLedger(40)];
const data: LeadershipData = {
  records,
  milestones: sampleMilestones(records),
  unitName: '某省民政厅基层政权建设和社区治理处',
  asOf: '2025-03-05',
};

const dir = mkdtempSync(path.join(tmpdir(), 'taizhang-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function streamed(): Promise<Buffer> {
  const file = path.join(dir, 'streamed.xlsx');
  await writeLeadershipWorkbook(file, data);
  return readFileSync(file);
}

describe.each([
  ['buffer', () => buildLeadershipWorkbook(data)],
  ['streaming', streamed],
])('leadership workbook (%s writer)', async (_name, make) => {
  const file = await make();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ArrayBuffer);

  it('has the summary, one sheet per kind present and the deadline sheet', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '汇总表',
      '实验区',
      '典型案例',
      '观察点',
      '其他名单',
      '时限提醒',
    ]);
  });

  it('frames every sheet: merged title, 填报单位/日期, print setup, frozen header, autofilter', () => {
    for (const ws of wb.worksheets) {
      const headerRow = ws.name === '汇总表' ? 4 : 3;
      expect(ws.getCell('A1').isMerged).toBe(true);
      expect(String(ws.getCell('A2').value)).toBe(`填报单位：${data.unitName}`);
      expect(ws.getRow(2).values).toContain('填报日期：2025年3月5日');
      expect(ws.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      });
      expect(ws.pageSetup.printTitlesRow).toBe(`1:${headerRow}`);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow });
      expect(JSON.stringify(ws.autoFilter)).toContain(`A${headerRow}`);
      expect(ws.getCell(headerRow, 1).font?.bold).toBe(true);
      expect(ws.getCell(headerRow, 1).border?.top?.style).toBe('thin');
      expect(ws.getCell('A1').font?.name).toBe('黑体');
      expect(ws.getCell(headerRow + 1, 2).font?.name).toBe('宋体');
    }
  });

  it('summary totals equal the input counts', () => {
    const ws = wb.getWorksheet('汇总表');
    if (!ws) throw new Error('no summary');
    const last = ws.rowCount;
    expect(ws.getCell(last, 1).value).toBe('合计');
    const grand = ws.getCell(last, ws.columnCount).value as { formula: string; result: number };
    expect(grand.formula).toMatch(/^SUM\(/);
    expect(grand.result).toBe(records.length);
    let rowsSum = 0;
    for (let r = 5; r < last; r++)
      rowsSum += (ws.getCell(r, ws.columnCount).value as { result: number }).result;
    expect(rowsSum).toBe(records.length);
    expect(ws.getCell(5, 2).value).toBe('北京市');
  });

  it('detail sheets: 序号, a 合计 count and a status drop-down', () => {
    const ws = wb.getWorksheet('实验区');
    if (!ws) throw new Error('no 实验区');
    const zones = records.filter((r) => r.kind === 'zone').length;
    expect(ws.getCell(4, 1).value).toBe(1);
    expect(ws.getCell(3 + zones, 1).value).toBe(zones);
    expect((ws.getCell(4 + zones, 3).value as { result: number }).result).toBe(zones);
    const dv = ws.getCell(4, 8).dataValidation;
    expect(dv?.type).toBe('list');
    expect(dv?.formulae?.[0]).toBe('"实验中,已验收,已延期,已终止"');
  });

  it('deadline sheet: overdue rows in red', () => {
    const ws = wb.getWorksheet('时限提醒');
    if (!ws) throw new Error('no 时限提醒');
    const statuses: [string, string | undefined][] = [];
    for (let r = 4; r <= ws.rowCount; r++) {
      statuses.push([String(ws.getCell(r, 7).value), ws.getCell(r, 4).font?.color?.argb]);
    }
    expect(statuses.filter(([s]) => s === '已逾期').every(([, c]) => c === 'FFC00000')).toBe(true);
    expect(statuses.filter(([s]) => s === '已逾期')).toHaveLength(2);
    expect(statuses.filter(([s]) => s !== '已逾期').every(([, c]) => c === undefined)).toBe(true);
  });

  it('keeps formula-looking text as plain strings: no <f> in those cells', async () => {
    const ws = wb.getWorksheet('实验区');
    if (!ws) throw new Error('no 实验区');
    const found: string[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string' && looksLikeFormula(cell.value))
          found.push(cell.address);
      }),
    );
    expect(found.length).toBeGreaterThanOrEqual(2);
    const hyperlink = found
      .map((a) => ws.getCell(a).value)
      .find((v) => String(v).startsWith('=HYPERLINK'));
    expect(hyperlink).toBe('=HYPERLINK("http://example.invalid","点此")');
    const xml = await zipPart(file, 'xl/worksheets/sheet2.xml');
    for (const address of found) {
      const cell = new RegExp(`<c r="${address}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`).exec(xml)?.[0] ?? '';
      expect(cell).toContain('t="s"');
      expect(cell).not.toContain('<f>');
    }
  });
});
