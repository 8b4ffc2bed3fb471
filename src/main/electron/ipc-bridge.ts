/** The desktop door: one IPC channel carries (method, input) to the validated invoke handler. */
import { ipcMain } from 'electron';
import type { ApiContext } from '../api/context';
import { makeApiInvoke } from './api-invoke';
import type { SaveTargets } from './save-targets';

export const API_CHANNEL = 'taizhang:api';

export function registerApiBridge(
  ctx: ApiContext,
  ownUrl: () => string,
  targets: SaveTargets,
): void {
  const invoke = makeApiInvoke(ctx, ownUrl, targets);
  ipcMain.handle(API_CHANNEL, (event, method: unknown, input: unknown) =>
    invoke(event.senderFrame?.url, method, input),
  );
}
