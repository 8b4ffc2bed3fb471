/**
 * 时限提醒: every milestone with its record, in due-date order; overdue rows in red. Overdue
 * is judged against `asOf` (the export date by default) and written as static formatting,
 * so the printed sheet shows what was overdue when it was made, not when it is reopened.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type {
  LedgerRecord,
  Milestone,
  MilestoneKind,
  MilestoneStatus,
} from '../../../shared/domain';
import { addListValidation } from './detail-sheet';
import { provinceOf } from './provinces';
import { officialRecordOrder, recordCode, unitText } from './record-order';
import { addBodyRow, addFramedSheet, BODY_FONT, columnLetter } from './sheet-frame';
import type { SheetMeta } from './summary-sheet';

export const MILESTONE_LABELS: Record<MilestoneKind, string> = {
  application_due: '申报截止',
  approval: '批复确认',
  annual_plan: '年度计划',
  annual_summary: '年度总结',
  midterm: '中期评估',
  final_report: '结项报告',
  acceptance: '结项验收',
  extension: '延期申请',
  objection_window: '公示异议期',
  other: '其他事项',
};

const STATUS_LABELS: Record<MilestoneStatus, string> = {
  pending: '待办',
  done: '已完成',
  overdue: '已逾期',
  waived: '已免除',
};

export const isOverdue = (m: Milestone, asOf: string): boolean =>
  m.status === 'overdue' || (m.status === 'pending' && m.dueOn < asOf);

/** 'YYYY-MM-DD' → a date cell (UTC midnight, which is how exceljs writes dates). */
function dateValue(iso: string): Date | string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : iso;
}

const RED = 'FFC00000';
const STATUS_COL = 7;
const DATE_FORMAT = [undefined, undefined, undefined, undefined, undefined, 'yyyy"年"m"月"d"日"'];

export function writeDeadlineSheet(
  wb: Workbook,
  milestones: readonly Milestone[],
  records: readonly LedgerRecord[],
  meta: SheetMeta & { asOf: string },
): Worksheet {
  const byId = new Map(records.map((r) => [r.id, r]));
  const rows = [...milestones].sort((a, b) => {
    const ra = a.recordId === null ? undefined : byId.get(a.recordId);
    const rb = b.recordId === null ? undefined : byId.get(b.recordId);
    return (
      a.dueOn.localeCompare(b.dueOn) || (ra && rb ? officialRecordOrder(ra, rb) : 0) || a.id - b.id
    );
  });
  const { ws, headerRow } = addFramedSheet(wb, '时限提醒', {
    title: '工作时限提醒表',
    ...meta,
    headerRows: [['序号', '省份', '单位', '名称', '事项', '截止日期', '状态', '依据']],
    widths: [6, 10, 22, 28, 12, 16, 10, 40],
  });
  const aligns = [
    'center',
    'center',
    'left',
    'left',
    'center',
    'center',
    'center',
    'left',
  ] as const;
  rows.forEach((m, i) => {
    const r = m.recordId === null ? undefined : byId.get(m.recordId);
    const overdue = isOverdue(m, meta.asOf);
    const font = overdue ? { ...BODY_FONT, color: { argb: RED }, bold: true } : BODY_FONT;
    addBodyRow(
      ws,
      [
        i + 1,
        r ? provinceOf(r.province, recordCode(r)).name : '',
        r ? unitText(r) : '',
        r?.title ?? '',
        MILESTONE_LABELS[m.kind],
        dateValue(m.dueOn),
        overdue ? STATUS_LABELS.overdue : STATUS_LABELS[m.status],
        m.rule.text,
      ],
      { aligns, font, numFmts: DATE_FORMAT },
    );
  });
  const last = headerRow + Math.max(1, rows.length);
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: last, column: 8 } };
  const range = `${columnLetter(STATUS_COL)}${headerRow + 1}:${columnLetter(STATUS_COL)}${last}`;
  addListValidation(ws, range, Object.values(STATUS_LABELS));
  return ws;
}
