/** The desktop door: one IPC channel carries (method, input) to the validated invoke handler. */
import { ipcMain } from 'electron';
import type { ApiContext } from '../api/context';
import { makeApiInvoke } from './api-invoke';

export const API_CHANNEL = 'taizhang:api';

export function registerApiBridge(ctx: ApiContext, ownUrl: () => string): void {
  const invoke = makeApiInvoke(ctx, ownUrl);
  ipcMain.handle(API_CHANNEL, (event, method: unknown, input: unknown) =>
    invoke(event.senderFrame?.url, method, input),
  );
}
