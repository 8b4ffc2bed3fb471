/**
 * The desktop door: one IPC channel carries (method, input) to the validated invoke
 * handler; another carries the backend's progress reports to the window.
 */
import { ipcMain, type WebContents } from 'electron';
import type { ProgressEvent } from '../backend/backend-client';
import { makeApiInvoke, type ApiCall } from './api-invoke';
import type { SaveTargets } from './save-targets';

export const API_CHANNEL = 'taizhang:api';
export const PROGRESS_CHANNEL = 'taizhang:progress';

export function registerApiBridge(call: ApiCall, ownUrl: () => string, targets: SaveTargets): void {
  const invoke = makeApiInvoke(call, ownUrl, targets);
  ipcMain.handle(API_CHANNEL, (event, method: unknown, input: unknown) =>
    invoke(event.senderFrame?.url, method, input),
  );
}

/** Progress of long work, as plain data the page shows (method, done, total, what). */
export function forwardProgress(to: () => WebContents | null, e: ProgressEvent): void {
  to()?.send(PROGRESS_CHANNEL, { method: e.method, ...e.progress });
}
