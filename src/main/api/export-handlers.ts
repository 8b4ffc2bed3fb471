/**
 * Exports: a Word list (an attachment in the layout of its kind) or a case compilation, the
 * leadership workbook, or a calendar. The same plan (core/export/export-plan) answers the
 * dialog's preview and makes the file. Written to `out` when given (CLI, desktop), else
 * returned as base64 for the page to download. Exports only read the ledger.
 */
import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ExportOutcome, ValidInput } from '../../shared/contract';
import type { LedgerRecord } from '../../shared/domain';
import { AppError } from '../../shared/app-error';
import { buildCaseCompilation, buildLeadershipWorkbook, buildListDocument } from '../core/export';
import { planExport, type ExportPlan } from '../core/export/export-plan';
import { chineseDate } from '../core/export/leadership-workbook';
import type { HeaderOverrides } from '../core/export/list-layout';
import { refuseMasked } from '../core/export/masked-text';
import { deadlines, deadlinesIcs } from '../app/schedule/deadlines';
import { todayInChina } from '../core/schedule';
import { exportPreview, selectForExport, sourceTableHeader } from '../db/queries/export-selection';
import { listNotices, noticeProgrammes } from '../db/queries/notices';
import type { ApiContext } from './context';
import type { HandlerGroup } from './handler-types';
import type Database from 'better-sqlite3';

type Input = ValidInput<'export/create'>;

/** An other-list keeps the header of the table it came from (名称 column first). */
function headersFor(db: Database.Database, records: readonly LedgerRecord[]): HeaderOverrides {
  const first = records.find((r) => r.kind === 'other');
  const labels = first ? sourceTableHeader(db, first.id) : null;
  if (!labels) return {};
  const [title, unit, content] = labels;
  return { title, ...(unit ? { unit } : {}), ...(content ? { content } : {}) };
}

function plan(db: Database.Database, input: Parameters<typeof selectForExport>[1] & Input) {
  const selected = selectForExport(db, input);
  const p = planExport(selected, input);
  // Only a list of other entries prints its source table's header: a zone list beside an
  // other-list in the ledger keeps 实验单位 / 实验主题.
  if (p.kind !== 'other') return { plan: p, headers: {} };
  const headers = headersFor(db, p.records);
  return { plan: planExport(selected, input, headers), headers };
}

async function wordFile(p: ExportPlan, input: Input, headers: HeaderOverrides): Promise<Buffer> {
  // The 版记 when the office is given: dated the 填报日期 chosen, else today (China time).
  const imprint = input.unitName
    ? { unit: input.unitName, date: input.date ?? todayInChina() }
    : undefined;
  if (p.layout === 'compilation')
    return buildCaseCompilation(p.records, {
      imprint,
      title: p.title,
      label: input.label ?? '',
      missingWriteups: input.missingWriteups,
      contents: input.contents,
      order: input.ids ? 'asGiven' : 'official',
    });
  return buildListDocument(p.records, {
    imprint,
    kind: p.kind ?? 'zone',
    label: input.label ?? '附件',
    title: p.title,
    columns: input.columns,
    headers,
    grouping: input.grouping,
    order: input.ids ? 'asGiven' : 'official',
  });
}

async function build(
  input: Input,
  ctx: ApiContext,
): Promise<{ bytes: Buffer; rows: number; name: string; revokedLeftOut?: number }> {
  const db = ctx.ledger.db;
  const asOf = input.asOf ?? input.date ?? todayInChina();
  if (input.format === 'ics') {
    const { ics, events, fileName } = deadlinesIcs(ctx.ledger, {
      asOf: input.asOf,
      includeDone: input.includeDone,
    });
    return { bytes: Buffer.from(ics, 'utf8'), rows: events, name: fileName };
  }
  const { plan: p, headers } = plan(db, input);
  if (p.records.length === 0)
    throw new AppError(
      'nothing_to_export',
      p.revokedLeftOut > 0
        ? `所选范围内只有已撤销的 ${p.revokedLeftOut} 个单位（已选“不列入”），未生成文件。`
        : '所选范围内没有记录，未生成文件。',
    );
  if (!input.printMasked) refuseMasked(p.masked);
  if (input.format === 'docx') {
    const bytes = await wordFile(p, input, headers);
    const left = p.revokedLeftOut;
    return {
      bytes,
      rows: p.records.length,
      name: `${p.title}.docx`,
      ...(left > 0 ? { revokedLeftOut: left } : {}),
    };
  }
  // The deadline sheet lists the milestones of the exported records (and, for a whole-ledger
  // export, the notices' own deadlines) with their status as of the export date.
  const ids = new Set(p.records.map((r) => r.id));
  const whole =
    input.kind === undefined &&
    input.programme === undefined &&
    input.year === undefined &&
    input.ids === undefined;
  const milestones = deadlines(ctx.ledger, { asOf }).filter((m) =>
    m.recordId === null ? whole : ids.has(m.recordId),
  );
  // A duty of a whole call (申报截止) is the programme's its notice names.
  const programmes = noticeProgrammes(db);
  const notices = new Map(
    listNotices(db).map((n) => [n.id, { ...n, programme: programmes.get(n.id) ?? null }]),
  );
  const bytes = await buildLeadershipWorkbook(
    {
      records: p.records,
      milestones,
      unitName: input.unitName,
      date: chineseDate(input.date ?? asOf),
      asOf,
      notices,
    },
    { title: p.title, order: input.ids ? 'asGiven' : 'official' },
  );
  return { bytes, rows: p.records.length, name: `${p.title}（${asOf}）.xlsx` };
}

export const exportHandlers: HandlerGroup<'export/create' | 'export/preview'> = {
  'export/preview': (input, ctx) => {
    const format = input.format ?? 'docx';
    const { plan: p } = plan(ctx.ledger.db, { ...input, format });
    const counts = exportPreview(ctx.ledger.db, input);
    return {
      rows: format === 'docx' ? p.records.length : counts.rows,
      programmes: counts.programmes,
      title: p.title,
      columns: p.columns,
      masked: p.masked,
      withoutWriteup: p.withoutWriteup,
      revoked: p.revoked,
    };
  },
  'export/create': async (input, ctx): Promise<ExportOutcome> => {
    ctx.onProgress?.({ done: 0, total: 2, item: '生成文件' });
    const { bytes, rows, name, revokedLeftOut } = await build(input, ctx);
    const left = revokedLeftOut ? { revokedLeftOut } : {};
    ctx.onProgress?.({ done: 1, total: 2, item: name });
    if (!input.out) {
      ctx.onProgress?.({ done: 2, total: 2 });
      return { file: name, rows, ...left, dataBase64: bytes.toString('base64') };
    }
    if (ctx.door === 'browser')
      throw new AppError('bad_input', '浏览器模式不能写入本机路径，请使用下载。');
    const file = path.resolve(input.out);
    try {
      // Written beside the target and renamed: a crash never leaves a half-written document.
      await writeFile(`${file}.partial`, bytes);
      await rename(`${file}.partial`, file);
    } catch (e) {
      throw new AppError(
        'write_failed',
        `无法写入 ${file}：${e instanceof Error ? e.message : String(e)}`,
      );
    }
    ctx.onProgress?.({ done: 2, total: 2 });
    return { file, rows, ...left };
  },
};
