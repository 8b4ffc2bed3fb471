/**
 * The command line door: parse → open the ledger → dispatch → print.
 * stdout carries only the result (JSON with --json); everything for people goes to stderr.
 */
import { dispatch } from '../api/dispatch';
import { AppError } from '../../shared/app-error';
import { ImportWorker } from '../app/import/import-worker';
import { defaultLedgerPath } from '../db/ledger-path';
import { openLedger } from '../db/ledger';
import { buildRequest, type CliRequest } from './commands';
import { parseCliArgs, UsageError, type CliArgs } from './parse-args';
import type { ProgressLine } from './progress-line';
import { USAGE } from './usage';

export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
  /** A line for long work's progress, named by the work (a terminal's); none for scripts and logs. */
  progress?: (work: string) => ProgressLine;
}

/** What a command's progress line calls its work (the rest say 处理). */
const PROGRESS_WORK: Partial<Record<string, string>> = {
  import: '导入',
  export: '导出',
  duplicates: '查重',
  merge: '合并',
};

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let args: CliArgs;
  let request: CliRequest;
  try {
    args = parseCliArgs(argv);
    if (args.help || !args.command) {
      (args.help ? io.out : io.err)(USAGE);
      return args.help ? 0 : 2;
    }
    request = buildRequest(args);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }

  // Nothing to ask the backend (api --list, an import whose files all failed to read):
  // answer without opening, or creating, a ledger.
  if (request.skip !== undefined) return print(request, args, io, request.skip);
  let ledger;
  try {
    ledger = await openLedger(args.db ?? defaultLedgerPath());
  } catch (e) {
    io.err(e instanceof AppError ? `错误 [${e.code}]：${e.message}` : `错误：${String(e)}`);
    return 1;
  }
  // Files are read in a worker thread, with its own time and memory ceiling.
  const worker = new ImportWorker();
  const line = io.progress?.(args.dryRun ? '分析' : (PROGRESS_WORK[args.command ?? ''] ?? '处理'));
  try {
    const result = await dispatch(request.method, request.input, {
      ledger,
      door: 'cli',
      prepareImport: worker.prepare,
      onProgress: line?.report,
    });
    line?.end();
    if (!result.ok) {
      io.err(`错误 [${result.error.code}]：${result.error.message}`);
      // Options the contract rejects (a malformed date, an unknown kind) are bad usage.
      const usage = result.error.code === 'bad_input' && request.rejectedInputIsUsage !== false;
      return usage ? 2 : 1;
    }
    return print(request, args, io, result.value);
  } finally {
    line?.end();
    await worker.close();
    ledger.close();
  }
}

function print(request: CliRequest, args: CliArgs, io: CliIo, raw: unknown): number {
  const value = request.transform ? request.transform(raw) : raw;
  // stdout carries only JSON with --json, so what people must read goes to stderr too.
  if (args.json) for (const line of request.notes?.(value) ?? []) io.err(line);
  io.out(args.json ? JSON.stringify(value, null, 2) : request.human(value));
  return request.failed?.(value) ? 1 : 0;
}
