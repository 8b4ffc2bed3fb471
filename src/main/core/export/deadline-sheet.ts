/**
 * 时限提醒 and 已办结及历史事项: every milestone of the exported records (and the notices' own
 * deadlines), what is outstanding apart from what is closed (deadline-rows.ts), each row
 * naming its unit and its programme with the batch. 依据 names the rule shortly (the notice's 文号, or 默认规则) with the whole
 * sentence as a cell note, so rows stay one or two lines high. Only what is still to do and
 * past its date is marked 已逾期 in red, on the status cell; done and waived items are grey, and
 * so is history (overdue long before the ledger learned of it), written 历史事项 as the
 * deadlines page lists it apart.
 * Overdue is judged against `asOf` (the export date by default) and written as static
 * formatting, so the printed sheet shows what was overdue when it was made.
 */
import type { Font, Workbook, Worksheet } from 'exceljs';
import type {
  LedgerRecord,
  Milestone,
  MilestoneKind,
  MilestoneStatus,
} from '../../../shared/domain';
import { toChinesePunctuation } from './chinese-punctuation';
import {
  dutyNotice,
  dutyProgramme,
  isClosed,
  issuerProvince,
  splitDeadlines,
  WHOLE_CALL_UNIT,
  type DeadlineNoticeInfo,
} from './deadline-rows';
import { addListValidation, PROVINCE_MAX_WIDTH } from './detail-sheet';
import { officialUnit, type UnitName } from './official-unit';
import { provinceOf } from './provinces';
import { officialRecordOrder, recordCode } from './record-order';
import { addBodyRow, addFramedSheet, BODY_FONT, columnLetter, type CellValue } from './sheet-frame';
import { fitWidth } from './sheet-rows';
import { UNIT_MAX_WIDTH, UNIT_WIDTH, unitLines } from './unit-lines';
import type { SheetMeta } from './summary-sheet';

/** 项目（批次） holds a provincial programme with its batch on one line, as 项目 does. */
const PROGRAMME_MAX_WIDTH = 42;
const DATE_FORMAT = 'yyyy"年"m"月"d"日"';
/**
 * 名称 widens to hold its themes on one line, up to 20 characters: at a fixed 30 units (13
 * characters in Excel) most themes of a batch broke in two, and the closed sheet, where each
 * zone comes back once a duty, printed page after page of rows two or three lines tall.
 */
const NAME_MIN_WIDTH = 30;
const NAME_MAX_WIDTH = 44;
/** 事项 fits the longest duty with its year (2026年度整改后重新验收: 12 characters). */
const DUTY_MAX_WIDTH = 27;

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

interface DeadlineColumn {
  header: string;
  width: number;
  align: 'center' | 'left';
}

export interface DeadlineSheetMeta extends SheetMeta {
  asOf: string;
  notices?: ReadonlyMap<number, DeadlineNoticeInfo>;
}

/** The sheet names: what is outstanding, and what is closed. */
export const OPEN_SHEET = '时限提醒';
export const CLOSED_SHEET = '已办结及历史事项';

/**
 * 时限提醒 with what is still to do, most urgent first, and (when any) 已办结及历史事项 with
 * what is done, waived or history, newest first (deadline-rows.ts).
 */
export function writeDeadlineSheets(
  wb: Workbook,
  /** With the key a stored milestone has (an annual duty's ends with its year). */
  milestones: readonly (Milestone & { key?: string })[],
  records: readonly LedgerRecord[],
  meta: DeadlineSheetMeta,
): Worksheet[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  const recordOf = (m: Milestone): LedgerRecord | undefined =>
    m.recordId === null ? undefined : byId.get(m.recordId);
  const { open, closed } = splitDeadlines(milestones, meta.asOf, (a, b) => {
    const ra = recordOf(a);
    const rb = recordOf(b);
    return ra && rb ? officialRecordOrder(ra, rb) : 0;
  });
  const sheets = [
    writeSheet(wb, OPEN_SHEET, '工作时限提醒表', open, recordOf, meta, {
      empty: closed.length
        ? `没有待办或逾期的事项（已办结和历史事项见“${CLOSED_SHEET}”表）`
        : '没有待办或逾期的事项',
    }),
  ];
  if (closed.length > 0)
    sheets.push(writeSheet(wb, CLOSED_SHEET, '已办结及历史事项表', closed, recordOf, meta, {}));
  return sheets;
}

function writeSheet(
  wb: Workbook,
  name: string,
  title: string,
  rows: readonly (Milestone & { key?: string })[],
  recordOf: (m: Milestone) => LedgerRecord | undefined,
  meta: DeadlineSheetMeta,
  o: { empty?: string },
): Worksheet {
  const notices = meta.notices ?? new Map<number, DeadlineNoticeInfo>();
  const province = (m: Milestone): string => {
    const r = recordOf(m);
    return r ? provinceOf(r.province, recordCode(r)).name : issuerProvince(dutyNotice(m, notices));
  };
  const unitOf = (m: Milestone): UnitName | null => {
    const r = recordOf(m);
    return r ? officialUnit(r) : null;
  };
  const programmeOf = (m: Milestone): string =>
    dutyProgramme(m, recordOf(m), recordOf(m) ? undefined : dutyNotice(m, notices));
  const titleOf = (m: Milestone): string => toChinesePunctuation(recordOf(m)?.title?.trim() ?? '');
  const withTitles = rows.some((m) => titleOf(m));
  const provinceWidth = fitWidth(rows.map(province), 10, PROVINCE_MAX_WIDTH);
  const unitWidth = fitWidth(
    rows.map((m) => unitOf(m)?.text ?? WHOLE_CALL_UNIT),
    UNIT_WIDTH,
    UNIT_MAX_WIDTH,
  );
  const programmeWidth = fitWidth(rows.map(programmeOf), 24, PROGRAMME_MAX_WIDTH);
  const columns: (DeadlineColumn | false)[] = [
    { header: '序号', width: 6, align: 'center' },
    { header: '省份', width: provinceWidth, align: 'center' },
    { header: '单位', width: unitWidth, align: 'left' },
    { header: '项目（批次）', width: programmeWidth, align: 'left' },
    // A list of places confirmed without themes would print a column of blanks.
    withTitles && {
      header: '名称',
      width: fitWidth(rows.map(titleOf), NAME_MIN_WIDTH, NAME_MAX_WIDTH),
      align: 'left',
    },
    // 2026年度申报截止 on one line: a duty's name broken in two read as two duties.
    { header: '事项', width: fitWidth(rows.map(dutyName), 12, DUTY_MAX_WIDTH), align: 'center' },
    { header: '截止日期', width: 16, align: 'center' },
    { header: '状态', width: 10, align: 'center' },
    { header: '依据', width: 22, align: 'left' },
  ];
  const cols = columns.filter((c): c is DeadlineColumn => c !== false);
  const { ws, headerRow } = addFramedSheet(wb, name, {
    title,
    ...meta,
    headerRows: [cols.map((c) => c.header)],
    widths: cols.map((c) => c.width),
  });
  const aligns = cols.map((c) => c.align);
  const at = (header: string): number => cols.findIndex((c) => c.header === header);
  const statusAt = at('状态');
  const dateAt = at('截止日期');
  const ruleAt = at('依据');
  rows.forEach((m, i) => {
    const overdue = isOverdue(m, meta.asOf);
    const font = isClosed(m) ? { ...BODY_FONT, color: { argb: GREY } } : BODY_FONT;
    const unit = unitOf(m);
    const values: Record<string, CellValue> = {
      序号: i + 1,
      省份: province(m),
      单位: unit ? unitLines(unit, unitWidth) : WHOLE_CALL_UNIT,
      '项目（批次）': programmeOf(m),
      名称: titleOf(m),
      事项: dutyName(m),
      截止日期: dateValue(m.dueOn),
      状态: overdue
        ? STATUS_LABELS.overdue
        : m.historical
          ? HISTORY_LABEL
          : STATUS_LABELS[m.status],
      依据: ruleShortName(m, notices),
    };
    const numFmts: (string | undefined)[] = [];
    numFmts[dateAt] = DATE_FORMAT;
    const cellFonts: (Font | undefined)[] = [];
    if (overdue) cellFonts[statusAt] = { ...BODY_FONT, color: { argb: RED }, bold: true } as Font;
    const notes: (string | undefined)[] = [];
    notes[ruleAt] = m.rule.text;
    addBodyRow(
      ws,
      cols.map((c) => values[c.header] ?? ''),
      { aligns, font, numFmts, cellFonts, notes },
    );
  });
  if (rows.length === 0 && o.empty)
    addBodyRow(ws, [o.empty, ...cols.slice(1).map(() => '')], {
      aligns: ['center'],
      mergeFirst: cols.length,
    });
  const last = headerRow + Math.max(1, rows.length);
  const statusCol = statusAt + 1;
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: last, column: cols.length } };
  if (rows.length > 0) {
    const range = `${columnLetter(statusCol)}${headerRow + 1}:${columnLetter(statusCol)}${last}`;
    addListValidation(ws, range, [...Object.values(STATUS_LABELS), HISTORY_LABEL]);
  }
  return ws;
}
