/**
 * The desktop door: one IPC channel carries (method, input) to dispatch(), which
 * validates both. Calls from any frame other than our own page are refused.
 */
import { ipcMain } from 'electron';
import { fail } from '../../shared/result';
import type { ApiContext } from '../api/context';
import { dispatch } from '../api/dispatch';
import { isOwnPage } from './window-security';

export const API_CHANNEL = 'taizhang:api';

export function registerApiBridge(ctx: ApiContext, ownUrl: () => string): void {
  ipcMain.handle(API_CHANNEL, async (event, method: unknown, input: unknown) => {
    const from = event.senderFrame?.url ?? '';
    if (!isOwnPage(from, ownUrl())) return fail('forbidden', '拒绝来自未知页面的调用。');
    return dispatch(method, input, ctx);
  });
}
