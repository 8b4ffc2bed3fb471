/**
 * The desktop door's handler, without Electron: a call is answered only for our own page,
 * an export's destination must come from our own save dialog (save-targets.ts), and
 * dispatch() validates the method and input like every other door — in the backend's
 * child process on the desktop (a BackendClient's call), or in this process (a context).
 */
import { fail, type Result } from '../../shared/result';
import type { ApiContext } from '../api/context';
import { dispatch } from '../api/dispatch';
import { isOwnPage } from './navigation-policy';
import { resolveDestination, SaveTargets } from './save-targets';

export type ApiInvoke = (
  senderUrl: string | undefined,
  method: unknown,
  input: unknown,
) => Promise<Result<unknown>>;

export type ApiCall = (method: unknown, input: unknown) => Promise<Result<unknown>>;

export const makeApiInvoke = (
  target: ApiContext | ApiCall,
  ownUrl: () => string,
  targets = new SaveTargets(),
): ApiInvoke => {
  const call: ApiCall =
    typeof target === 'function' ? target : (method, input) => dispatch(method, input, target);
  return async (senderUrl, method, input) => {
    if (!senderUrl || !isOwnPage(senderUrl, ownUrl())) {
      return fail('forbidden', '拒绝来自未知页面的调用。');
    }
    // The path behind a save-dialog handle is known here, in the window's process only.
    const resolved = resolveDestination(method, input, targets);
    if (!resolved.ok) return resolved;
    return call(method, resolved.value);
  };
};
