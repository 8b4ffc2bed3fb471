/**
 * The command line door: parse → open the ledger → dispatch → print.
 * stdout carries only the result (JSON with --json); everything for people goes to stderr.
 */
import { dispatch } from '../api/dispatch';
import { AppError } from '../../shared/app-error';
import { defaultLedgerPath } from '../db/ledger-path';
import { openLedger } from '../db/ledger';
import { buildRequest, type CliRequest } from './commands';
import { parseCliArgs, UsageError, type CliArgs } from './parse-args';
import { USAGE } from './usage';

export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

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

  let ledger;
  try {
    ledger = await openLedger(args.db ?? defaultLedgerPath());
  } catch (e) {
    io.err(e instanceof AppError ? `错误 [${e.code}]：${e.message}` : `错误：${String(e)}`);
    return 1;
  }
  try {
    const result =
      request.skip !== undefined
        ? { ok: true as const, value: request.skip }
        : await dispatch(request.method, request.input, { ledger, door: 'cli' });
    if (!result.ok) {
      io.err(`错误 [${result.error.code}]：${result.error.message}`);
      // Options the contract rejects (a malformed date, an unknown kind) are bad usage.
      return result.error.code === 'bad_input' ? 2 : 1;
    }
    const value = request.transform ? request.transform(result.value) : result.value;
    io.out(args.json ? JSON.stringify(value, null, 2) : request.human(value));
    return request.failed?.(value) ? 1 : 0;
  } finally {
    ledger.close();
  }
}
