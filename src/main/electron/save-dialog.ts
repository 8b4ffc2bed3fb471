/**
 * The desktop save dialog: the page asks for a destination (kind + suggested name), the
 * main process shows its own dialog and answers a one-time handle for the chosen path —
 * the page never names a path the backend will write.
 */
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import path from 'node:path';
import { isOwnPage } from './navigation-policy';
import { parseSaveDialogRequest, SAVE_KINDS } from './save-dialog-request';
import type { SaveTargets } from './save-targets';

export const SAVE_DIALOG_CHANNEL = 'taizhang:choose-save-target';

export function registerSaveDialog(targets: SaveTargets, ownUrl: () => string): void {
  ipcMain.handle(SAVE_DIALOG_CHANNEL, async (event, raw: unknown) => {
    const url = event.senderFrame?.url;
    if (!url || !isOwnPage(url, ownUrl())) return null;
    const request = parseSaveDialogRequest(raw);
    if (!request) return null;
    const win = BrowserWindow.fromWebContents(event.sender);
    const options = {
      title: '保存到',
      defaultPath: path.join(app.getPath('documents'), request.suggestedName),
      filters: [SAVE_KINDS[request.kind]].map((f) => ({
        name: f.name,
        extensions: [...f.extensions],
      })),
    };
    const picked = win
      ? await dialog.showSaveDialog(win, options)
      : await dialog.showSaveDialog(options);
    if (picked.canceled || !picked.filePath) return null;
    return { handle: targets.issue(picked.filePath), file: picked.filePath };
  });
}
