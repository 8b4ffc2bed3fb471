/**
 * A test's call into the API the doors use (dispatch), typed by method, throwing on a refusal so
 * that a test reads as the calls a page makes. The context is read at each call: tests open their
 * ledger in beforeAll, after this is made.
 */
import type { ApiContext } from '../../src/main/api/context';
import { dispatch } from '../../src/main/api/dispatch';
import type { MethodName } from '../../src/shared/api-methods';
import type { MethodInput, MethodOutput } from '../../src/shared/contract';

export function apiCall(
  context: () => ApiContext,
): <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>> {
  return async (method, input) => {
    const r = await dispatch(method, input, context());
    if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
    return r.value as MethodOutput<typeof method>;
  };
}
