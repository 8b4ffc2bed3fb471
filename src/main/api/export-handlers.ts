/**
 * Exports: a Word attachment (zones and most lists) or a case compilation (cases), the
 * leadership workbook, or a calendar. Written to `out` when given (CLI, desktop), else
 * returned as base64 for the page to download.
 */
import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ExportOutcome, ValidInput } from '../../shared/contract';
import { RECORD_KIND_LABELS } from '../../shared/domain';
import { AppError } from '../../shared/app-error';
import {
  buildApprovalAttachment,
  buildCaseCompilation,
  buildLeadershipWorkbook,
} from '../core/export';
import { deadlines, deadlinesIcs } from '../app/schedule/deadlines';
import { exportPreview, selectForExport } from '../db/queries/export-selection';
import type { ApiContext } from './context';
import type { HandlerGroup } from './handler-types';

type Input = ValidInput<'export/create'>;

function titleFor(input: Input, programme: string | null): string {
  if (input.title) return input.title;
  const kind = input.kind ?? 'zone';
  const name = input.programme ?? programme ?? RECORD_KIND_LABELS[kind];
  return input.format === 'docx' && kind === 'case' ? `${name}汇编` : `${name}名单`;
}

async function build(
  input: Input,
  ctx: ApiContext,
): Promise<{ bytes: Buffer; rows: number; name: string }> {
  const records = selectForExport(ctx.ledger.db, input);
  const stamp = input.asOf ?? new Date().toISOString().slice(0, 10);
  switch (input.format) {
    case 'docx': {
      if (records.length === 0)
        throw new AppError('nothing_to_export', '所选范围内没有记录，未生成文件。');
      const title = titleFor(input, records[0]?.programme ?? null);
      const bytes =
        input.kind === 'case'
          ? await buildCaseCompilation(records, { title })
          : await buildApprovalAttachment(records, { title, attachmentNo: 1 });
      return { bytes, rows: records.length, name: `${title}.docx` };
    }
    case 'xlsx': {
      // The deadline sheet lists every milestone with its status as of the export date.
      const milestones = deadlines(ctx.ledger, { asOf: stamp });
      const bytes = await buildLeadershipWorkbook({ records, milestones, asOf: stamp });
      return { bytes, rows: records.length, name: `台账汇总表-${stamp}.xlsx` };
    }
    case 'ics': {
      const { ics, events, fileName } = deadlinesIcs(ctx.ledger, { asOf: input.asOf });
      return { bytes: Buffer.from(ics, 'utf8'), rows: events, name: fileName };
    }
  }
}

export const exportHandlers: HandlerGroup<'export/create' | 'export/preview'> = {
  'export/preview': (input, ctx) => exportPreview(ctx.ledger.db, input),
  'export/create': async (input, ctx): Promise<ExportOutcome> => {
    ctx.onProgress?.({ done: 0, total: 2, item: '生成文件' });
    const { bytes, rows, name } = await build(input, ctx);
    ctx.onProgress?.({ done: 1, total: 2, item: name });
    if (!input.out) {
      ctx.onProgress?.({ done: 2, total: 2 });
      return { file: name, rows, dataBase64: bytes.toString('base64') };
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
    return { file, rows };
  },
};
