/**
 * Each CLI command is a request to the same backend method the app uses, plus a
 * people-facing rendering. Building the request is where usage errors are caught.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { MethodName } from '../../shared/api-methods';
import type { ImportFailure, ImportOutcome } from '../../shared/contract';
import type { LedgerRecord, Milestone, Notice, Resolution } from '../../shared/domain';
import { MILESTONE_STATUS_LABELS, RECORD_KINDS, RECORD_KIND_LABELS } from '../../shared/domain';
import { refusedBySize } from '../../shared/import-limits';
import { fieldLabel } from '../../shared/record-fields';
import { apiRequest } from './api-command';
import { historyRequest, undoRequest } from './history-commands';
import { type CliArgs, UsageError } from './parse-args';

export interface CliRequest {
  method: MethodName;
  input: unknown;
  /** Exit 1 even on success when the value reports failed inputs. */
  failed?: (value: unknown) => boolean;
  /** Adjusts the backend's value before printing (e.g. adds failures found before the call). */
  transform?: (value: unknown) => unknown;
  /** A value to print without calling the backend (nothing left to send). */
  skip?: unknown;
  /** Whether input the contract rejects is bad usage (exit 2): true unless the user wrote it. */
  rejectedInputIsUsage?: boolean;
  human: (value: unknown) => string;
  /** What people must read even with --json (failures, warnings): sent to stderr. */
  notes?: (value: unknown) => string[];
}

const noticeLine = (n: Notice) =>
  `#${n.id}\t${n.issuedOn ?? '日期不详'}\t${n.docNo ?? ''}\t${n.title ?? n.file}${n.warnings.length ? `\t（${n.warnings.length} 条提示）` : ''}`;

/** The record columns people see in the CLI's lists, headed by the field registry's labels. */
const RECORD_COLUMNS = ['id', 'kind', 'seq', 'regionCode', 'regionText', 'title'] as const;
const recordHeader = RECORD_COLUMNS.map(fieldLabel).join('\t');

const recordLine = (r: LedgerRecord) =>
  `#${r.id}\t${RECORD_KIND_LABELS[r.kind]}\t${r.seq ?? ''}\t${r.regionCode ?? '------'}\t${r.regionText ?? ''}\t${r.title ?? ''}`;

const listOrEmpty = <T>(items: T[], line: (t: T) => string, empty: string) =>
  items.length ? items.map(line).join('\n') : empty;

function kindOption(args: CliArgs): (typeof RECORD_KINDS)[number] | undefined {
  if (args.kind === undefined) return undefined;
  if (!(RECORD_KINDS as readonly string[]).includes(args.kind)) {
    throw new UsageError(`--kind 只能是 ${RECORD_KINDS.join('|')}，收到 "${args.kind}"`);
  }
  return args.kind as (typeof RECORD_KINDS)[number];
}

/** The export command's options as export/create takes them; the backend validates values. */
function exportOptions(args: CliArgs): Record<string, unknown> {
  const year = args.year === undefined ? undefined : Number(args.year);
  if (year !== undefined && !Number.isInteger(year))
    throw new UsageError('--year 需要年份，如 2019');
  if (args.layout !== undefined && !['list', 'compilation'].includes(args.layout))
    throw new UsageError('--layout 只能是 list（名单）或 compilation（汇编）');
  return {
    kind: kindOption(args),
    programme: args.programme,
    year,
    asOf: args.asOf,
    title: args.title,
    label: args.label,
    unitName: args.unit,
    date: args.date,
    columns: args.columns
      ?.split(/[,，]/)
      .map((c) => c.trim())
      .filter(Boolean),
    layout: args.layout,
    contents: args.contents || undefined,
    missingWriteups: args.omitMissing ? 'omit' : undefined,
    revoked: args.omitRevoked ? 'omit' : undefined,
    // one section per programme and batch unless one table is asked for (--by-programme is
    // the default, still accepted)
    grouping: args.oneTable ? 'together' : args.byProgramme ? 'byProgramme' : undefined,
    printMasked: args.printMasked || undefined,
    includeDone: args.includeDone || undefined,
  };
}

type ImportFileArg = { name: string; dataBase64: string };

/** Reads the files to import; those that cannot be sent become failures of their own. */
function readImportFiles(paths: string[]): { files: ImportFileArg[]; failures: ImportFailure[] } {
  const files: ImportFileArg[] = [];
  const failures: ImportFailure[] = [];
  for (const file of paths) {
    const name = path.basename(file);
    let size: number;
    try {
      const st = statSync(file);
      if (!st.isFile()) throw new Error('not a file');
      size = st.size;
    } catch {
      failures.push({
        file: name,
        code: 'file_not_found',
        message: `${file}：找不到文件或不是普通文件`,
      });
      continue;
    }
    const refused = refusedBySize(name, size);
    if (refused) {
      failures.push({ file: name, code: 'file_too_large', message: `${file}：${refused}` });
      continue;
    }
    try {
      files.push({ name, dataBase64: readFileSync(file).toString('base64') });
    } catch (e) {
      failures.push({ file: name, code: 'file_unreadable', message: `${file}：${unreadable(e)}` });
    }
  }
  return { files, failures };
}

/**
 * Why a file found a moment ago could not be read (another user's file, one a program holds
 * open on Windows, one moved away or a network drive gone since): said for that file alone,
 * so the others of the batch are still imported.
 */
function unreadable(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === 'EACCES' || code === 'EPERM')
    return '没有读取这个文件的权限，请检查文件权限后再导入';
  if (code === 'EBUSY') return '文件正被其他程序占用，请关闭打开它的程序后再导入';
  if (code === 'ENOENT') return '文件在读取前已被删除或移走，请重新选择';
  return `文件无法读取（${code ?? '未知错误'}），请把文件复制到本机硬盘后再导入`;
}

export function buildRequest(args: CliArgs): CliRequest {
  switch (args.command) {
    case 'notices':
      return {
        method: 'notices/list',
        input: {},
        human: (v) => listOrEmpty(v as Notice[], noticeLine, '台账中还没有通知。'),
      };
    case 'records':
      return {
        method: 'records/list',
        input: { kind: kindOption(args) },
        human: (v) => {
          const list = v as LedgerRecord[];
          return list.length
            ? [recordHeader, ...list.map(recordLine)].join('\n')
            : '台账中还没有记录。';
        },
      };
    case 'import': {
      if (args.positionals.length === 0) throw new UsageError('import 需要至少一个文件');
      const { files, failures } = readImportFiles(args.positionals);
      const merge = (v: unknown): ImportOutcome => {
        const o = v as ImportOutcome;
        return { ...o, failures: [...failures, ...o.failures] };
      };
      return {
        method: 'import/files',
        input: { files, dryRun: args.dryRun },
        skip:
          files.length === 0 ? { notices: [], records: [], files: [], failures: [] } : undefined,
        transform: merge,
        failed: (v) => (v as ImportOutcome).failures.length > 0,
        human: (v) => {
          const o = v as ImportOutcome;
          return [
            `${args.dryRun ? '试导入（未写入）' : '导入完成'}：${o.notices.length} 份通知，${o.records.length} 条记录`,
            ...o.notices.flatMap((n) => [
              noticeLine(n),
              ...n.warnings.map((w) => `  ⚠ ${w.message}`),
            ]),
            ...o.files
              .filter((f) => f.status === 'already_imported')
              .map((f) => `= ${f.file}：以前已导入，未重复写入`),
            ...o.failures.map((f) => `✗ ${f.message}`),
          ].join('\n');
        },
        notes: (v) => {
          const o = v as ImportOutcome;
          return [
            ...o.notices.flatMap((n) => n.warnings.map((w) => `⚠ ${n.file}：${w.message}`)),
            ...o.failures.map((f) => `✗ ${f.message}`),
          ];
        },
      };
    }
    case 'duplicates':
      return { method: 'duplicates/list', input: {}, human: (v) => JSON.stringify(v, null, 2) };
    case 'merge': {
      const ids = args.positionals.map((p) => Number(p));
      if (ids.length < 2 || ids.some((n) => !Number.isInteger(n) || n <= 0)) {
        throw new UsageError('merge 需要至少两个记录编号（正整数）');
      }
      return {
        method: 'records/merge',
        input: { ids },
        human: (v) => recordLine(v as LedgerRecord),
      };
    }
    case 'deadlines': {
      const withinDays = args.withinDays === undefined ? undefined : Number(args.withinDays);
      if (withinDays !== undefined && !Number.isInteger(withinDays)) {
        throw new UsageError('--within-days 需要整数天数');
      }
      return {
        method: 'deadlines/list',
        input: { asOf: args.asOf, withinDays },
        human: (v) => {
          const items = v as (Milestone & {
            label?: string;
            record?: { regionText: string | null } | null;
          })[];
          return items.length
            ? items
                .map(
                  (m) =>
                    `${m.dueOn}${m.endOn ? `～${m.endOn}` : ''}\t${MILESTONE_STATUS_LABELS[m.status]}\t${m.label ?? m.kind}\t${m.record?.regionText ?? ''}`,
                )
                .join('\n')
            : '没有符合条件的期限节点。';
        },
      };
    }
    case 'export': {
      const [format] = args.positionals;
      if (!format || !['docx', 'xlsx', 'ics'].includes(format))
        throw new UsageError('export 需要 docx、xlsx 或 ics');
      if (!args.out) throw new UsageError('export 需要 --out <文件>');
      return {
        method: 'export/create',
        input: { format, out: path.resolve(args.out), ...exportOptions(args) },
        human: (v) => {
          const o = v as { file: string; rows: number; revokedLeftOut?: number };
          const left = o.revokedLeftOut ? `（已撤销的 ${o.revokedLeftOut} 个单位未列入）` : '';
          return `已导出 ${o.rows} 行到 ${o.file}${left}`;
        },
      };
    }
    case 'regions': {
      const [sub, ...texts] = args.positionals;
      if (sub !== 'resolve' || texts.length === 0)
        throw new UsageError('用法：regions resolve <地名...>');
      return {
        method: 'regions/resolve',
        input: { texts, asOf: args.asOf, context: args.context },
        human: (v) =>
          (v as Resolution[])
            .map((r) => `${r.text}\t${r.code ?? '未解析'}\t${r.level ?? ''}\t${r.note}`)
            .join('\n'),
      };
    }
    case 'api':
      return apiRequest(args);
    case 'history':
      return historyRequest(args);
    case 'undo':
    case 'redo':
      return undoRequest(args.command, args);
    default:
      throw new UsageError(args.command ? `未知命令：${args.command}` : '缺少命令');
  }
}
