/**
 * A sheet title wider than the columns it is centred over is broken at a word, as a Word title
 * is: a narrow 汇总表 (one province, one programme) wrapped its title inside a word (…汇 / 总表).
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { addFramedSheet } from '../../../src/main/core/export/sheet-frame';
import { emsPerLine } from '../../../src/main/core/export/sheet-rows';
import { ems } from '../../../src/main/core/export/text-measure';

const NARROW = [6, 12, 14, 8];
const head = [['序号', '省份', '湖北省社区治理和服务创新实验区', '合计']];

function titleOf(title: string, widths: number[]): string {
  const wb = new ExcelJS.Workbook();
  const { ws } = addFramedSheet(wb, '汇总表', { title, headerRows: head, widths });
  return String(ws.getCell('A1').value);
}

describe('a sheet title over narrow columns', () => {
  it('breaks between words, each line within the width, 汇总表 kept whole', () => {
    const title = '第二批湖北省社区治理和服务创新实验区汇总表';
    const text = titleOf(title, NARROW);
    const lines = text.split('\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(title);
    const fits = emsPerLine(
      NARROW.reduce((a, b) => a + b, 0),
      16,
    );
    for (const line of lines) expect(ems(line)).toBeLessThanOrEqual(fits);
    expect(lines.some((l) => l.startsWith('总表') || l.startsWith('汇总表'))).toBe(false);
  });

  it('control: a title that fits, or one over wide columns, stays one line', () => {
    expect(titleOf('河北省实验区汇总表', NARROW)).toBe('河北省实验区汇总表');
    const wide = [6, 12, 40, 40, 8];
    const title = '第二批湖北省社区治理和服务创新实验区汇总表';
    expect(titleOf(title, wide)).toBe(title);
  });

  it('control: a title far wider than its columns is left to wrap, not searched', () => {
    const title = '关于'.concat('某省某市某区某街道某社区'.repeat(8), '的汇总表');
    expect(titleOf(title, [4, 4])).toBe(title);
  });

  it('a header label wider than its column breaks between words; a merged one uses its span', () => {
    const wb = new ExcelJS.Workbook();
    const label = '湖北省社区治理和服务创新实验区';
    const { ws } = addFramedSheet(wb, '汇总表', {
      title: '汇总表',
      headerRows: [
        ['序号', '省份', label, label, '合计'],
        ['', '', '2019年', '2020年', ''],
      ],
      widths: [6, 18, 12, 12, 10],
      headerMerges: [[0, 3, 0, 4]],
    });
    const merged = String(ws.getCell(3, 3).value);
    expect(merged.replace(/\n/g, '')).toBe(label);
    for (const line of merged.split('\n')) expect(ems(line)).toBeLessThanOrEqual(emsPerLine(24));
    const alone = new ExcelJS.Workbook();
    const { ws: one } = addFramedSheet(alone, '汇总表', {
      title: '汇总表',
      headerRows: [['序号', '省份', label, '合计']],
      widths: [6, 18, 12, 10],
    });
    const lines = String(one.getCell(3, 3).value).split('\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(label);
    for (const line of lines) expect(ems(line)).toBeLessThanOrEqual(emsPerLine(12));
    expect(lines.every((l) => ems(l) > 1)).toBe(true);
    expect(String(one.getCell(3, 2).value)).toBe('省份');
  });
});
