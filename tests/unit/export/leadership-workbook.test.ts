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
import { cellLines } from '../../../src/main/core/export/sheet-rows';
import { mixedLedger, sampleMilestones, sampleZones } from '../../fixtures/export/sample-records';
import { formulaCells } from '../../support/xlsx-formulas';
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

/** A sheet's column number by its header (row 3), so a column added before it moves nothing. */
function headerColumns(ws: ExcelJS.Worksheet): (header: string) => number {
  const headers = (ws.getRow(3).values as unknown[]).map((v) => String(v ?? ''));
  return (header) => {
    const at = headers.indexOf(header);
    if (at < 1) throw new Error(`no column ${header} in ${ws.name}`);
    return at;
  };
}

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
      '已办结及历史事项',
    ]);
    // No write-up here is longer than a detail row shows: no 材料全文 sheet.
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
        // The summary of a few provinces prints on one page; long sheets run on.
        fitToHeight: ws.name === '汇总表' ? 1 : 0,
      });
      // Every row up to the header has a height worked out from its text.
      for (let r = 1; r <= headerRow; r++) expect(ws.getRow(r).height).toBeGreaterThan(0);
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
    // 序号 and 省份 stay in view when scrolling right, and print on every page across.
    expect(ws.views[0]).toMatchObject({ xSplit: 2, topLeftCell: 'C5' });
    expect(ws.pageSetup.printTitlesColumn).toBe('A:B');
  });

  it('detail sheets: 序号, a 合计 count and a status drop-down', () => {
    const ws = wb.getWorksheet('实验区');
    if (!ws) throw new Error('no 实验区');
    const zones = records.filter((r) => r.kind === 'zone').length;
    expect(ws.getCell(4, 1).value).toBe(1);
    expect(ws.getCell(3 + zones, 1).value).toBe(zones);
    const total = ws.getCell(4 + zones, 3).value as { formula: string; result: number };
    // Counted over 序号, which every row has (an other-list has no unit to count).
    expect(total).toEqual({ formula: `SUBTOTAL(103,A4:A${3 + zones})`, result: zones });
    const dv = ws.getCell(4, 8).dataValidation;
    expect(dv?.type).toBe('list');
    expect(dv?.formulae?.[0]).toBe('"实验中,待验收,已验收,已延期,已终止,已公布,已确认"');
    // Status from the record: written (已验收) or read from its milestones (实验中).
    const statuses = new Set<string>();
    for (let r = 4; r < 4 + zones; r++) statuses.add(String(ws.getCell(r, 8).value));
    expect(statuses.has('')).toBe(false);
    expect([...statuses].sort()).toEqual(['实验中', '已验收'].sort());
  });

  it('deadline sheets: only the overdue status is red; done items grey; the rule short, in full in a note', () => {
    const rows: { status: string; statusColor?: string; nameColor?: string; rule: string }[] = [];
    for (const name of ['时限提醒', '已办结及历史事项']) {
      const ws = wb.getWorksheet(name);
      if (!ws) throw new Error(`no ${name}`);
      const col = headerColumns(ws);
      for (let r = 4; r <= ws.rowCount; r++) {
        rows.push({
          status: String(ws.getCell(r, col('状态')).value),
          statusColor: ws.getCell(r, col('状态')).font?.color?.argb,
          nameColor: ws.getCell(r, col('名称')).font?.color?.argb,
          rule: String(ws.getCell(r, col('依据')).value),
        });
        expect(ws.getRow(r).height).toBeGreaterThan(0);
      }
      const note = ws.getCell(4, col('依据')).note;
      expect(typeof note === 'string' ? note : JSON.stringify(note)).toContain('每年的9月底前');
    }
    const overdue = rows.filter((r) => r.status === '已逾期');
    expect(overdue).toHaveLength(2);
    expect(overdue.every((r) => r.statusColor === 'FFC00000' && r.nameColor === undefined)).toBe(
      true,
    );
    const done = rows.filter((r) => r.status === '已完成');
    expect(done).toHaveLength(1);
    expect(done.every((r) => r.nameColor === 'FF808080')).toBe(true);
    expect(rows.filter((r) => r.status === '待办').every((r) => r.statusColor === undefined)).toBe(
      true,
    );
    expect(rows.every((r) => r.rule === '通知规定')).toBe(true);
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
    // Chinese punctuation around the Chinese word; still inert text.
    expect(hyperlink).toBe('=HYPERLINK（"http://example.invalid"，“点此”）');
    const xml = await zipPart(file, 'xl/worksheets/sheet2.xml');
    for (const address of found) {
      const cell = new RegExp(`<c r="${address}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`).exec(xml)?.[0] ?? '';
      expect(cell).toContain('t="s"');
      expect(cell).not.toContain('<f>');
    }
  });

  it('totals recalculate to their stored values on every sheet (the other-list too)', () => {
    let checked = 0;
    for (const ws of wb.worksheets) {
      for (const f of formulaCells(ws)) {
        expect(f.recalculated, `${ws.name}!${f.address} ${f.formula}`).toBe(f.stored);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
    const other = wb.getWorksheet('其他名单');
    const n = records.filter((r) => r.kind === 'other').length;
    expect(formulaCells(other!).map((f) => f.recalculated)).toEqual([n]);
  });

  it('every row has a height from its text: wrapped cells never print over each other', () => {
    for (const ws of wb.worksheets)
      ws.eachRow((row, i) => expect(row.height, `${ws.name} row ${i}`).toBeGreaterThan(0));
    const zones = wb.getWorksheet('实验区')!;
    // A two-line content cell gets a taller row than a one-line one.
    expect(zones.getRow(4).height).toBeGreaterThanOrEqual(zones.getRow(3).height);
  });
});

describe('leadership workbook: long write-ups', async () => {
  const long = '这是一段很长的案例材料，介绍经验做法和成效。'.repeat(80);
  const cases = mixedLedger(8).map((r) => ({
    ...r,
    content: r.kind === 'case' ? long : r.content,
  }));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    (await buildLeadershipWorkbook({
      records: cases,
      asOf: '2025-03-05',
    })) as unknown as ArrayBuffer,
  );

  it('are cut in the detail sheet, with where the rest is, and printed whole in 材料全文', () => {
    const detail = wb.getWorksheet('典型案例')!;
    const cell = String(detail.getCell(4, 5).value);
    expect(cell.length).toBeLessThan(200);
    expect(cell).toMatch(/（全文见“材料全文”表第1篇）$/);
    const full = wb.getWorksheet('材料全文')!;
    let text = '';
    full.eachRow((row, i) => {
      if (i > 3) text += String(row.getCell(2).value ?? '');
      expect(row.height).toBeLessThanOrEqual(409);
    });
    expect(text.replace(/[\s　]/g, '')).toContain(long.slice(0, 400));
    expect(full.pageSetup.orientation).toBe('portrait');
  });
});

describe('leadership workbook: a small province list', async () => {
  // One programme, one year: the summary is too narrow for 填报单位 and 填报日期 side by side.
  const zones = sampleZones()
    .filter((r) => r.regionCode)
    .map((r) => ({ ...r, content: null, programme: '某某创新实验区', year: 2024 }));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    (await buildLeadershipWorkbook({
      records: zones,
      unitName: '某省民政厅基层政权建设和社区治理处',
      asOf: '2025-03-05',
    })) as unknown as ArrayBuffer,
  );

  it('puts the date whole on its own line when the title block cannot hold both', () => {
    const info = String(wb.getWorksheet('汇总表')!.getCell('A2').value);
    expect(info).toBe('填报单位：某省民政厅基层政权建设和社区治理处\n填报日期：2025年3月5日');
    expect(wb.getWorksheet('汇总表')!.getRow(2).height).toBeGreaterThan(30);
  });

  it('fits a graded status on one line of its column', async () => {
    const graded = new ExcelJS.Workbook();
    await graded.xlsx.load(
      (await buildLeadershipWorkbook({
        records: zones.map((r) => ({ ...r, status: '已验收（优秀）' })),
        asOf: '2025-03-05',
      })) as unknown as ArrayBuffer,
    );
    const detail = graded.getWorksheet('实验区')!;
    // 状态 is the last column, wherever the themes and write-ups leave it.
    const status = detail.columnCount;
    expect(detail.getCell(3, status).value).toBe('状态');
    expect(detail.getCell(4, status).value).toBe('已验收（优秀）');
    expect(cellLines('已验收（优秀）', detail.getColumn(status).width!)).toBe(1);
    // no longer status, no wider column than before
    const plain = wb.getWorksheet('实验区')!;
    expect(plain.getColumn(plain.columnCount).width).toBe(10);
  });

  it('leaves out a write-up column no row fills', () => {
    const detail = wb.getWorksheet('实验区')!;
    const headers = (detail.getRow(3).values as unknown[]).filter((v) => typeof v === 'string');
    expect(headers).not.toContain('实验内容');
    expect(headers).toContain('实验单位');
  });
});

describe('a summary of many programmes and years', () => {
  it('prints over several pages across, not shrunk onto one', async () => {
    const many = mixedLedger(120).map((r, i) => ({
      ...r,
      programme: `第${i % 20}个省级社区治理创新实验项目`,
      year: 2019 + (i % 3),
    }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await buildLeadershipWorkbook({ records: many })) as unknown as ArrayBuffer,
    );
    const ws = wb.getWorksheet('汇总表')!;
    // 60 programme-year columns of 12: 754 width units, four landscape pages at 3/5 size.
    expect(ws.columnCount).toBe(63);
    expect(ws.pageSetup).toMatchObject({ fitToWidth: 4, fitToHeight: 1 });
    expect(ws.pageSetup.printTitlesColumn).toBe('A:B');
    // The title is centred over the first page, where it is looked for.
    expect(ws.getCell(1, 3).isMerged).toBe(true);
    expect(ws.getCell(1, 63).isMerged).toBe(false);
  });
});

describe('a summary of programmes whose year is not given', () => {
  it('gives each such programme both header rows, not a row of 年份未注明', async () => {
    const undated = mixedLedger(12).map((r, i) => ({
      ...r,
      programme: i % 2 === 0 ? '省级社区治理创新实验项目' : '省级观察点',
      year: null,
    }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await buildLeadershipWorkbook({ records: undated })) as unknown as ArrayBuffer,
    );
    const ws = wb.getWorksheet('汇总表')!;
    // A name wider than its column is broken between words (sheet-frame.ts): read it whole.
    const whole = (c: number): string => String(ws.getCell(3, c).value).replace(/\n/g, '');
    expect([whole(3), whole(4)]).toEqual(['省级观察点', '省级社区治理创新实验项目']);
    for (const c of [3, 4]) {
      expect(ws.getCell(4, c).isMerged).toBe(true);
      expect(ws.getCell(4, c).master.address).toBe(ws.getCell(3, c).address);
    }
    const headerText = [3, 4].flatMap((r) => [3, 4].map((c) => String(ws.getCell(r, c).text)));
    expect(headerText.join()).not.toContain('年份未注明');
  });
});

describe('history in the deadline sheet', () => {
  // The deadlines page lists duties overdue long before the ledger learned of them apart, as
  // 历史事项; the sheet the leader receives must not call them 已逾期.
  it('writes 历史事项 in grey, never 已逾期 in red', async () => {
    const milestones = sampleMilestones(records).map((m) => ({ ...m, historical: true }));
    const wb = new ExcelJS.Workbook();
    const file = await buildLeadershipWorkbook({ ...data, milestones });
    await wb.xlsx.load(file as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('已办结及历史事项')!;
    const col = headerColumns(ws);
    const statuses: { status: string; color?: string }[] = [];
    for (let r = 4; r <= ws.rowCount; r++)
      statuses.push({
        status: String(ws.getCell(r, col('状态')).value),
        color: ws.getCell(r, col('名称')).font?.color?.argb,
      });
    expect(statuses.some((s) => s.status === '已逾期')).toBe(false);
    const history = statuses.filter((s) => s.status === '历史事项');
    expect(history.length).toBeGreaterThan(0);
    expect(history.every((s) => s.color === 'FF808080')).toBe(true);
  });
});
