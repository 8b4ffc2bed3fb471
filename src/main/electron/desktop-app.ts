/**
 * Desktop lifecycle: one window per ledger, a locked-down window, the IPC bridge to the
 * backend's own process (which opens the ledger and makes the daily backup).
 */
import { app, BrowserWindow, dialog } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BackendClient } from '../backend/backend-client';
import { defaultLedgerPath } from '../db/ledger-path';
import { acquireLedgerLock, type LedgerLock } from '../db/ledger-lock';
import { startBackend } from './backend-process';
import { forwardProgress, registerApiBridge } from './ipc-bridge';
import { registerSaveDialog } from './save-dialog';
import { SaveTargets } from './save-targets';
import { lockDown } from './window-security';

let backend: BackendClient | null = null;
let lock: LedgerLock | null = null;
let window: BrowserWindow | null = null;

const rendererUrl = (): string =>
  process.env.ELECTRON_RENDERER_URL ??
  pathToFileURL(path.join(__dirname, '../renderer/index.html')).href;

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 860,
    title: '台账 Taizhang',
    show: false,
    webPreferences: {
      preload: path.join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  lockDown(win, rendererUrl);
  // A page holding unstored work (the import page's previews) refuses to unload while it
  // does (leave-guard.ts); a window gives no question of its own, so it asks here.
  win.webContents.on('will-prevent-unload', (e) => {
    const leave = dialog.showMessageBoxSync(win, {
      type: 'question',
      title: '关闭台账？',
      message: '还有通知已选择但尚未确认导入。',
      detail:
        '关闭或刷新后，它们的预览和在预览中所做的修改不会保留（文件本身不受影响，可以重新选择）。',
      buttons: ['仍要离开', '取消'],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    });
    if (leave === 0) e.preventDefault();
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(rendererUrl());
  return win;
}

async function start(): Promise<void> {
  const file = process.env.TAIZHANG_DB ?? defaultLedgerPath();
  try {
    lock = acquireLedgerLock(file);
    backend = startBackend(file);
    await backend.ready;
  } catch (e) {
    dialog.showErrorBox('无法打开台账', e instanceof Error ? e.message : String(e));
    app.exit(1);
    return;
  }
  const b = backend;
  // Export destinations only from our own save dialog, as one-time handles: the path is
  // resolved here, in the window's process, before the call reaches the backend.
  const targets = new SaveTargets();
  registerSaveDialog(targets, rendererUrl);
  registerApiBridge((method, input) => b.call(method, input), rendererUrl, targets);
  b.onProgress((e) => forwardProgress(() => window?.webContents ?? null, e));
  window = createWindow();
}

// One desktop window per ledger (a lock file beside it); other ledgers may be open at once.
app.whenReady().then(start, (e: unknown) => {
  dialog.showErrorBox('启动失败', String(e));
  app.exit(1);
});
app.on('window-all-closed', () => {
  backend?.close();
  lock?.release();
  app.quit();
});
