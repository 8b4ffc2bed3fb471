import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { LedgerRecord } from '../../../src/shared/domain';
import { buildLeadershipWorkbook } from '../../../src/main/core/export/leadership-workbook';
import { cellLines, rowHeight } from '../../../src/main/core/export/sheet-rows';
import { makeRecord, sampleMilestones } from '../../fixtures/export/sample-records';

/** The 实验区 sheet of a workbook of `records`, read back as a leader's Excel would. */
async function zoneSheet(records: LedgerRecord[]): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  const file = await buildLeadershipWorkbook({ records, asOf: '2025-03-05' });
  await wb.xlsx.load(file as unknown as ArrayBuffer);
  return wb.getWorksheet('实验区')!;
}

const column = (ws: ExcelJS.Worksheet, header: string): number =>
  (ws.getRow(3).values as unknown[]).indexOf(header);

const zone = (province: string, regionText: string, code: string, programme?: string) =>
  makeRecord({
    province,
    regionText,
    regionCode: code,
    unitCode: code,
    title: '完善社区议事协商制度',
    content: '健全党组织领导的社区治理机制。',
    ...(programme ? { programme } : {}),
  });

describe('detail sheet columns that repeat on every row', () => {
  it('widens 省份 and 项目 to their longest value, adding no line to a row', async () => {
    // 内蒙古自治区 and the 14-character programme wrapped at the fixed widths (10 and 24):
    // every such row printed two lines tall in Excel and WPS.
    const ws = await zoneSheet([
      zone('内蒙古自治区', '内蒙古自治区包头市昆都仑区', '150203'),
      zone('新疆生产建设兵团', '新疆生产建设兵团第八师石河子市', '660800'),
      // A provincial programme carries its province's name: 19 characters.
      zone(
        '新疆维吾尔自治区',
        '新疆维吾尔自治区伊犁哈萨克自治州伊宁市',
        '654002',
        '新疆维吾尔自治区城乡社区治理创新实验区',
      ),
    ]);
    const province = column(ws, '省份');
    const programme = column(ws, '项目');
    for (const r of [4, 5, 6]) {
      for (const c of [province, programme]) {
        const text = String(ws.getCell(r, c).value);
        expect(cellLines(text, ws.getColumn(c).width!), text).toBe(1);
      }
      // The row is as tall as its other cells need: 省份 and 项目 add no line of their own.
      let lines = 1;
      ws.getRow(r).eachCell((cell, c) => {
        if (c !== province && c !== programme && typeof cell.value === 'string')
          lines = Math.max(lines, cellLines(cell.value, ws.getColumn(c).width!));
      });
      expect(ws.getRow(r).height).toBe(rowHeight(lines));
    }
  });

  it('keeps the narrow widths when the values fit them (control)', async () => {
    const ws = await zoneSheet([zone('北京市', '北京市石景山区', '110107', '省级社区治理实验区')]);
    expect(ws.getColumn(column(ws, '省份')).width).toBe(10);
    expect(ws.getColumn(column(ws, '项目')).width).toBe(24);
  });

  it('stops widening 项目 at its limit: a very long programme wraps and the row grows', async () => {
    const programme = '全国社区治理和服务创新实验区暨城乡社区治理现代化试点示范单位';
    const ws = await zoneSheet([zone('北京市', '北京市石景山区', '110107', programme)]);
    const c = column(ws, '项目');
    expect(ws.getColumn(c).width).toBe(42);
    const lines = cellLines(programme, 42);
    expect(lines).toBeGreaterThan(1);
    expect(ws.getRow(4).height).toBe(rowHeight(lines));
  });
});

describe('时限提醒 省份 column', () => {
  async function deadlineSheet(records: LedgerRecord[]): Promise<ExcelJS.Worksheet> {
    const wb = new ExcelJS.Workbook();
    // Pending and past its date: outstanding, so on 时限提醒.
    const milestones = sampleMilestones(records).map((m) => ({ ...m, status: 'pending' as const }));
    const file = await buildLeadershipWorkbook({ records, milestones, asOf: '2025-03-05' });
    await wb.xlsx.load(file as unknown as ArrayBuffer);
    return wb.getWorksheet('时限提醒')!;
  }

  it('holds 新疆生产建设兵团 on one line', async () => {
    const ws = await deadlineSheet([
      zone('新疆生产建设兵团', '新疆生产建设兵团第八师石河子市', '660800'),
    ]);
    expect(ws.getCell(4, 2).value).toBe('新疆生产建设兵团');
    expect(cellLines('新疆生产建设兵团', ws.getColumn(2).width!)).toBe(1);
  });

  it('stays 10 wide for names that fit (control)', async () => {
    const ws = await deadlineSheet([zone('北京市', '北京市石景山区', '110107')]);
    expect(ws.getColumn(2).width).toBe(10);
  });
});
