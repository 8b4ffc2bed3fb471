/**
 * Progress of the call that is running, wherever it comes from: each dispatched call runs
 * in its own async context, so a report made deep inside an import is tagged with that
 * call's id and method even while other calls interleave.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Progress } from '../app/progress';
import type { ApiContext } from './context';
import { dispatch } from './dispatch';

export interface CallProgress {
  callId: number;
  method: string;
  progress: Progress;
}

const running = new AsyncLocalStorage<{ callId: number; method: string }>();
let nextId = 1;

/** A context whose progress reports reach `listener`, tagged with the call they belong to. */
export function reportingContext<C extends ApiContext>(
  ctx: C,
  listener: (p: CallProgress) => void,
): C {
  ctx.onProgress = (progress) => {
    const call = running.getStore();
    if (call) listener({ ...call, progress });
  };
  return ctx;
}

/** dispatch(), with the call's progress tagged by `callId` (one is made when not given). */
export function dispatchTracked(
  method: unknown,
  input: unknown,
  ctx: ApiContext,
  callId: number = nextId++,
) {
  const name = typeof method === 'string' ? method : '';
  return running.run({ callId, method: name }, () => dispatch(method, input, ctx));
}
