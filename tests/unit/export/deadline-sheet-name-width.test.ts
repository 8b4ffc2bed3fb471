/**
 * The deadline sheets' 名称 column holds a batch's themes on one line (up to 20 characters):
 * at a fixed 30 units most themes broke in two, and 已办结及历史事项, where each zone comes
 * back once a duty, printed page after page of rows two or three lines tall. Control: a theme
 * longer than the cap still wraps, in a column no wider than the cap.
 */
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { buildLeadershipWorkbook } from '../../../src/main/core/export/leadership-workbook';
import { rowHeight, textUnits } from '../../../src/main/core/export/sheet-rows';
import type { LedgerRecord, Milestone } from '../../../src/shared/domain';
import { makeRecord } from '../../fixtures/export/sample-records';

const zone = (id: number, title: string): LedgerRecord =>
  makeRecord({
    id,
    province: '天津市',
    city: '天津市',
    county: '河北区',
    regionText: '天津市河北区',
    regionCode: '120105',
    unitCode: '120105',
    programme: '全国社区治理和服务创新实验区',
    year: 2019,
    title,
  });

const done = (id: number, recordId: number): Milestone => ({
  id,
  recordId,
  noticeId: null,
  kind: 'acceptance',
  dueOn: '2021-06-25',
  status: 'done',
  rule: { noticeId: null, text: '默认规则：实验期满后结项验收' },
});

async function closedSheet(titles: string[]) {
  const records = titles.map((t, i) => zone(i + 1, t));
  const file = await buildLeadershipWorkbook({
    records,
    milestones: records.map((r) => done(r.id, r.id)),
    asOf: '2026-12-06',
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('已办结及历史事项')!;
  const headers = (ws.getRow(3).values as unknown[]).map((v) => String(v ?? ''));
  const nameCol = headers.indexOf('名称');
  const firstBody = 4;
  return {
    width: ws.getColumn(nameCol).width!,
    heights: titles.map((_, i) => ws.getRow(firstBody + i).height),
  };
}

it('widens 名称 to hold a 16-character theme on one line, one line tall', async () => {
  const theme = '党建引领社区物业服务管理机制建设';
  const { width, heights } = await closedSheet([theme, '邻里家园·活力社区']);
  expect(width).toBeGreaterThanOrEqual(textUnits(theme));
  for (const h of heights) expect(h).toBe(rowHeight(1));
});

it('caps the column and lets a longer theme wrap', async () => {
  const long = '实施“五级双向工作法”，实现搬改地区居民诉求在社区的协调达成，推进精细治理';
  const { width, heights } = await closedSheet([long]);
  expect(width).toBeLessThan(textUnits(long));
  expect(width).toBeLessThanOrEqual(44);
  expect(heights[0]).toBeGreaterThan(rowHeight(1));
});
