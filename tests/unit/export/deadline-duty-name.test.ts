/**
 * The deadline sheet names an annual duty's year, as the deadlines page does: on 31 January
 * the previous year's summary and this year's plan fall due together, and the sheet printed
 * both as bare 年度总结 / 年度计划. Controls: duties that are not annual, and a milestone
 * without a key (a hand-made list), keep their plain names.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { dutyName, writeDeadlineSheets } from '../../../src/main/core/export/deadline-sheet';
import type { Milestone } from '../../../src/shared/domain';

const m = (kind: Milestone['kind'], key?: string, dueOn = '2025-01-31') => ({
  id: 1,
  recordId: null,
  noticeId: null,
  kind,
  dueOn,
  status: 'pending' as const,
  rule: { noticeId: null, text: '' },
  ...(key ? { key } : {}),
});

describe('the deadline sheet names the year of an annual duty', () => {
  it('from the key, like the page', () => {
    expect(dutyName(m('annual_summary', 'rec:7:annual_summary:2024'))).toBe('2024年度总结');
    expect(dutyName(m('annual_plan', 'rec:7:annual_plan:2025'))).toBe('2025年度计划');
    expect(dutyName(m('application_due', 'notice:3:application_due:2026'))).toBe(
      '2026年度申报截止',
    );
  });

  it('controls: other duties and milestones without a key keep their names', () => {
    expect(dutyName(m('final_report', 'rec:7:final_report'))).toBe('结项报告');
    expect(dutyName(m('acceptance', 'rec:7:acceptance'))).toBe('结项验收');
    expect(dutyName(m('annual_plan'))).toBe('年度计划');
  });

  it('in the sheet: the two January duties are told apart', () => {
    const wb = new ExcelJS.Workbook();
    const [ws] = writeDeadlineSheets(
      wb,
      [
        m('annual_summary', 'rec:7:annual_summary:2024'),
        m('annual_plan', 'rec:7:annual_plan:2025'),
      ],
      [],
      { unitName: '', date: '2025年1月1日', asOf: '2025-01-01' },
    );
    const duties = [4, 5].map((r) => String(ws!.getCell(r, 5).value));
    expect(duties.sort()).toEqual(['2024年度总结', '2025年度计划']);
  });
});
