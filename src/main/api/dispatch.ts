/**
 * The single entry to the backend for every door: checks the method name, validates
 * the input with the contract's zod schema, runs the handler and wraps the outcome
 * in the result envelope. Nothing a caller sends can crash the backend.
 *
 * Calls that replace the ledger's contents (restore, whole-ledger import, and an undo or
 * redo, which may step over a restore) run alone in this process and under the
 * cross-process replace lock; other calls wait for them here (and for a replacement
 * another process is running), never meeting a half-done restore.
 */
import { isMethodName, type MethodName } from '../../shared/api-methods';
import { contract } from '../../shared/contract';
import { METHOD_ACCESS } from '../../shared/method-access';
import { ErrorCode, fail, ok, type Result } from '../../shared/result';
import { withExclusiveAccess, withSharedAccess } from '../db/ledger-gate';
import { waitWhileReplacing } from '../db/replace-lock';
import type { ApiContext } from './context';
import { describeValue, toFailure, zodIssuesMessage } from '../core/user-error';
import type { Handler } from './handler-types';
import { handlers } from './handlers';

export { toFailure } from '../core/user-error';

/**
 * Methods that replace (or may replace) the whole ledger's contents run alone: a restore, a
 * whole ledger brought in, and every step along the history (undo, redo, undo-to), which
 * replaces the contents when the step is a restore. Steps are short, so they always do.
 */
const runsAlone = (method: MethodName): boolean =>
  method === 'backups/restore' || method === 'ledger/import' || METHOD_ACCESS[method] === 'history';

export async function dispatch(
  method: unknown,
  input: unknown,
  ctx: ApiContext,
): Promise<Result<unknown>> {
  if (!isMethodName(method)) {
    return fail(
      ErrorCode.unknownMethod,
      `未知的接口方法：${describeValue(method).slice(0, 80)}。请检查方法名是否拼写正确。`,
    );
  }
  const parsed = contract[method].input.safeParse(input ?? {});
  if (!parsed.success) {
    return fail(ErrorCode.badInput, zodIssuesMessage(parsed.error.issues), {
      issues: parsed.error.issues,
    });
  }
  try {
    const handler = handlers[method] as Handler<MethodName>;
    const run = async () => {
      await waitWhileReplacing(ctx.ledger.file);
      return handler(parsed.data as never, ctx);
    };
    const gate = runsAlone(method) ? withExclusiveAccess : withSharedAccess;
    return ok(await gate(ctx.ledger.file, run));
  } catch (e) {
    return toFailure(e);
  }
}
