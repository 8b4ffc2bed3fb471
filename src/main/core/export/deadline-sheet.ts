/**
 * 时限提醒: every milestone of the exported records (and the notices' own deadlines), in
 * due-date order. 依据 names the rule shortly (the notice's 文号, or 默认规则) with the whole
 * sentence as a cell note, so rows stay one or two lines high. Only what is still to do and
 * past its date is marked 已逾期 in red, on the status cell; done and waived items are grey, and
 * so is history (overdue long before the ledger learned of it), written 历史事项 as the
 * deadlines page lists it apart.
 * Overdue is judged against `asOf` (the export date by default) and written as static
 * formatting, so the printed sheet shows what was overdue when it was made.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type {
  LedgerRecord,
  Milestone,
  MilestoneKind,
  MilestoneStatus,
} from '../../../shared/domain';
import { toChinesePunctuation } from './chinese-punctuation';
import { addListValidation, PROVINCE_MAX_WIDTH } from './detail-sheet';
import { officialUnit } from './official-unit';
import { provinceOf } from './provinces';
import { officialRecordOrder, recordCode } from './record-order';
import { addBodyRow, addFramedSheet, BODY_FONT, columnLetter } from './sheet-frame';
import { fitWidth } from './sheet-rows';
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
  re_acceptance: '整改后重新验收',
  other: '其他事项',
};

const STATUS_LABELS: Record<MilestoneStatus, string> = {
  pending: '待办',
  done: '已完成',
  overdue: '已逾期',
  waived: '已免除',
};

/** What the deadlines page lists apart as 历史事项: never marked overdue in the sheet either. */
const HISTORY_LABEL = '历史事项';

export const isOverdue = (m: Milestone, asOf: string): boolean =>
  !m.historical &&
  (m.status === 'overdue' || (m.status === 'pending' && (m.endOn ?? m.dueOn) < asOf));

/** 'YYYY-MM-DD' → a date cell (UTC midnight, which is how exceljs writes dates). */
function dateValue(iso: string): Date | string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : iso;
}

/** The short name of a rule: its notice's 文号 (or title), or 默认规则 for a default rule. */
export function ruleShortName(
  m: Milestone,
  notices: ReadonlyMap<number, { docNo: string | null; title: string | null }>,
): string {
  if (/^默认规则/.test(m.rule.text)) return '默认规则';
  const n = m.rule.noticeId === null ? undefined : notices.get(m.rule.noticeId);
  const name = n?.docNo?.trim() || n?.title?.trim();
  if (name) return name.length > 24 ? `${name.slice(0, 23)}…` : name;
  return m.rule.text ? '通知规定' : '';
}

/**
 * What a row is for. An annual duty names its year, as the deadlines page does (its key ends
 * with it, …:annual_summary:2024): on one date in January the previous year's summary and
 * this year's plan fall due, and a printed "年度总结 2025年1月31日" left the reader to guess
 * which year's it was.
 */
export function dutyName(m: Milestone & { key?: string }): string {
  const name = MILESTONE_LABELS[m.kind];
  const year = m.key ? /:(\d{4})$/.exec(m.key)?.[1] : undefined;
  if (!year) return name;
  if (m.kind === 'annual_plan' || m.kind === 'annual_summary') return `${year}${name}`;
  return m.kind === 'application_due' ? `${year}年度${name}` : name;
}

const RED = 'FFC00000';
const GREY = 'FF808080';
const STATUS_COL = 7;
const DATE_FORMAT = [undefined, undefined, undefined, undefined, undefined, 'yyyy"年"m"月"d"日"'];

export function writeDeadlineSheet(
  wb: Workbook,
  /** With the key a stored milestone has (an annual duty's ends with its year). */
  milestones: readonly (Milestone & { key?: string })[],
  records: readonly LedgerRecord[],
  meta: SheetMeta & {
    asOf: string;
    notices?: ReadonlyMap<number, { docNo: string | null; title: string | null }>;
  },
): Worksheet {
  const byId = new Map(records.map((r) => [r.id, r]));
  const rows = [...milestones].sort((a, b) => {
    const ra = a.recordId === null ? undefined : byId.get(a.recordId);
    const rb = b.recordId === null ? undefined : byId.get(b.recordId);
    return (
      a.dueOn.localeCompare(b.dueOn) || (ra && rb ? officialRecordOrder(ra, rb) : 0) || a.id - b.id
    );
  });
  const recordOf = (m: Milestone): LedgerRecord | undefined =>
    m.recordId === null ? undefined : byId.get(m.recordId);
  const province = (r: LedgerRecord | undefined): string =>
    r ? provinceOf(r.province, recordCode(r)).name : '';
  const provinceWidth = fitWidth(
    rows.map((m) => province(recordOf(m))),
    10,
    PROVINCE_MAX_WIDTH,
  );
  const { ws, headerRow } = addFramedSheet(wb, '时限提醒', {
    title: '工作时限提醒表',
    ...meta,
    headerRows: [['序号', '省份', '单位', '名称', '事项', '截止日期', '状态', '依据']],
    widths: [6, provinceWidth, 24, 30, 12, 16, 10, 22],
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
  const notices = meta.notices ?? new Map();
  rows.forEach((m, i) => {
    const r = recordOf(m);
    const overdue = isOverdue(m, meta.asOf);
    const closed = m.status === 'done' || m.status === 'waived' || m.historical === true;
    const font = closed ? { ...BODY_FONT, color: { argb: GREY } } : BODY_FONT;
    const statusFont = overdue ? { ...BODY_FONT, color: { argb: RED }, bold: true } : undefined;
    addBodyRow(
      ws,
      [
        i + 1,
        province(r),
        r ? officialUnit(r).text : '',
        toChinesePunctuation(r?.title ?? ''),
        dutyName(m),
        dateValue(m.dueOn),
        overdue ? STATUS_LABELS.overdue : m.historical ? HISTORY_LABEL : STATUS_LABELS[m.status],
        ruleShortName(m, notices),
      ],
      {
        aligns,
        font,
        numFmts: DATE_FORMAT,
        cellFonts: [undefined, undefined, undefined, undefined, undefined, undefined, statusFont],
        notes: [
          undefined,
          undefined,
          undefined,
          undefined,
          undefined,
          undefined,
          undefined,
          m.rule.text,
        ],
      },
    );
  });
  const last = headerRow + Math.max(1, rows.length);
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: last, column: 8 } };
  const range = `${columnLetter(STATUS_COL)}${headerRow + 1}:${columnLetter(STATUS_COL)}${last}`;
  addListValidation(ws, range, [...Object.values(STATUS_LABELS), HISTORY_LABEL]);
  return ws;
}
