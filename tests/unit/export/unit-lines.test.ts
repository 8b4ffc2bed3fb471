/**
 * A unit's name in a workbook column breaks between its levels, never inside one: at 24 wide
 * 天津市东丽区华新街道华丰家园社区 printed 华丰家园社|区. The column first widens to hold a
 * county's full name on one line. Controls: a name that fits stays whole; a name whose
 * segments do not spell it is left as it is.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildLeadershipWorkbook } from '../../../src/main/core/export/leadership-workbook';
import { officialUnit } from '../../../src/main/core/export/official-unit';
import { cellLines, textUnits } from '../../../src/main/core/export/sheet-rows';
import { UNIT_MAX_WIDTH, unitLines } from '../../../src/main/core/export/unit-lines';
import { makeRecord } from '../../fixtures/export/sample-records';

const community = makeRecord({
  kind: 'case',
  programme: '2022年度天津市基层治理创新典型案例',
  province: '天津市',
  county: '东丽区',
  town: '华新街道',
  regionText: '东丽区华新街道华丰家园社区',
  regionCode: '120110',
  unitCode: '120110004',
  title: '六小群众工作法',
});

describe('unit names break between levels', () => {
  it('a name longer than the column: each line ends where a level ends', () => {
    const u = officialUnit(community);
    expect(u.text).toBe('天津市东丽区华新街道华丰家园社区');
    const text = unitLines(u, 24);
    expect(text.split('\n')).toEqual(['天津市东丽区华新街道', '华丰家园社区']);
  });

  it('controls: a name that fits stays on one line; unspelt segments leave the name alone', () => {
    expect(
      unitLines({ text: '江苏省淮安市清河区', segments: ['江苏省', '淮安市', '清河区'] }, 24),
    ).toBe('江苏省淮安市清河区');
    expect(unitLines({ text: '某单位', segments: ['某', '单位（已撤销）'] }, 6)).toBe('某单位');
  });

  it('the column holds a county’s full name with its province and city on one line', () => {
    expect(textUnits('内蒙古自治区呼和浩特市赛罕区')).toBeLessThanOrEqual(UNIT_MAX_WIDTH);
  });

  it('in the workbook: the 地区 cell has its break at the level, and the row is as tall as two lines', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await buildLeadershipWorkbook({
        records: [community],
        asOf: '2025-03-05',
      })) as unknown as ArrayBuffer,
    );
    const ws = wb.getWorksheet('典型案例')!;
    const col = (ws.getRow(3).values as unknown[]).indexOf('地区');
    const cell = String(ws.getCell(4, col).value);
    const width = ws.getColumn(col).width!;
    const lines = cell.split('\n');
    expect(lines.at(-1)).toBe('华丰家园社区');
    // No line wraps again in the column's width.
    expect(lines.every((l) => cellLines(l, width) === 1)).toBe(true);
  });
});
