/**
 * 领导汇总表 workbook: 汇总表 (province × programme/year), one detail sheet per record kind,
 * 材料全文 for write-ups too long for a detail row, and 时限提醒 (with 已办结及历史事项 apart)
 * when milestones are given. Two ways out: a Buffer (normal workbook, for the
 * API), or a file written by exceljs' streaming writer, whose rows leave memory as they are
 * committed (100,000 records and more).
 */
import ExcelJS from 'exceljs';
import type { Workbook } from 'exceljs';
import type { LedgerRecord, Milestone, RecordKind } from '../../../shared/domain';
import { RECORD_KINDS } from '../../../shared/domain';
import type { DeadlineNoticeInfo } from './deadline-rows';
import { writeDeadlineSheets } from './deadline-sheet';
import { DETAIL_TEXT_LIMIT, writeDetailSheet, type DetailRow } from './detail-sheet';
import { recordStatus } from './record-status';
import { writeWriteupSheet } from './writeup-sheet';
import { orderRecords, type RecordOrder } from './record-order';
import { summaryCounts } from './summary-counts';
import { writeSummarySheet } from './summary-sheet';

export interface LeadershipData {
  records: readonly LedgerRecord[];
  milestones?: readonly Milestone[];
  /** 填报单位 */
  unitName?: string;
  /** 填报日期 as printed, e.g. "2025年3月5日"; defaults to asOf written that way. */
  date?: string;
  /** YYYY-MM-DD that decides what is overdue; defaults to today (local time). */
  asOf?: string;
  /**
   * 文号 and title of the notices rules come from, for the deadline sheet's 依据, and the
   * programme and batch they name, for a duty of a whole call.
   */
  notices?: ReadonlyMap<number, DeadlineNoticeInfo>;
}

export interface LeadershipOptions {
  /** Title of the summary sheet. */
  title?: string;
  /** Drop-down values of the 状态 column of the detail sheets. */
  statusChoices?: readonly string[];
  order?: RecordOrder;
}

const localToday = (): string => {
  const d = new Date();
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
};

/** 2025-03-05 → 2025年3月5日 (no leading zeros, as GB/T 9704 writes dates). */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

/** Writes every sheet; `commit` is the streaming writer's sheet commit, a no-op otherwise. */
function writeSheets(
  wb: Workbook,
  data: LeadershipData,
  opts: LeadershipOptions,
  commit: (ws: ExcelJS.Worksheet) => void,
): void {
  const asOf = data.asOf ?? localToday();
  const meta = { unitName: data.unitName, date: data.date ?? chineseDate(asOf) };
  const records = orderRecords(data.records, opts.order);
  commit(
    writeSummarySheet(
      wb,
      summaryCounts(records),
      meta,
      opts.title ?? '社区治理实验区、典型案例和观察点汇总表',
    ),
  );
  const milestonesOf = new Map<number, Milestone[]>();
  for (const m of data.milestones ?? []) {
    if (m.recordId === null) continue;
    const list = milestonesOf.get(m.recordId);
    if (list) list.push(m);
    else milestonesOf.set(m.recordId, [m]);
  }
  const byKind = new Map<RecordKind, DetailRow[]>();
  const writeups: LedgerRecord[] = [];
  for (const kind of RECORD_KINDS) {
    for (const r of records) {
      if (r.kind !== kind) continue;
      const status = recordStatus(r, milestonesOf.get(r.id) ?? [], asOf);
      const long = (r.content?.trim().length ?? 0) > DETAIL_TEXT_LIMIT;
      if (long) writeups.push(r);
      const row: DetailRow = { record: r, status, writeupNo: long ? writeups.length : undefined };
      const list = byKind.get(kind);
      if (list) list.push(row);
      else byKind.set(kind, [row]);
    }
  }
  for (const kind of RECORD_KINDS) {
    const list = byKind.get(kind);
    if (list)
      commit(writeDetailSheet(wb, kind, list, { ...meta, statusChoices: opts.statusChoices }));
  }
  if (writeups.length > 0) commit(writeWriteupSheet(wb, writeups, meta));
  if (data.milestones)
    for (const ws of writeDeadlineSheets(wb, data.milestones, records, {
      ...meta,
      asOf,
      notices: data.notices,
    }))
      commit(ws);
}

function describe(wb: Workbook): void {
  wb.creator = '台账';
  wb.created = new Date();
}

export async function buildLeadershipWorkbook(
  data: LeadershipData,
  opts: LeadershipOptions = {},
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  describe(wb);
  writeSheets(wb, data, opts, () => undefined);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * The same workbook streamed to `file`. Shared strings on purpose: without them exceljs
 * writes text as t="str" cells, the type Excel uses for formula results.
 */
export async function writeLeadershipWorkbook(
  file: string,
  data: LeadershipData,
  opts: LeadershipOptions = {},
): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: true,
  });
  describe(wb);
  writeSheets(wb, data, opts, (ws) => ws.commit());
  await wb.commit();
}
