/**
 * Desktop lifecycle: one window per ledger, a locked-down window, the IPC bridge.
 */
import { app, BrowserWindow, dialog } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ImportWorker } from '../core/import/import-worker';
import { dailyBackupIfDue } from '../db/backups';
import { defaultLedgerPath } from '../db/ledger-path';
import { openLedger, type Ledger } from '../db/ledger';
import { acquireLedgerLock, type LedgerLock } from '../db/ledger-lock';
import { registerApiBridge } from './ipc-bridge';
import { registerSaveDialog } from './save-dialog';
import { SaveTargets } from './save-targets';
import { lockDown } from './window-security';

let ledger: Ledger | null = null;
let lock: LedgerLock | null = null;

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
  win.once('ready-to-show', () => win.show());
  void win.loadURL(rendererUrl());
  return win;
}

async function start(): Promise<void> {
  const file = process.env.TAIZHANG_DB ?? defaultLedgerPath();
  try {
    lock = acquireLedgerLock(file);
    ledger = await openLedger(file);
  } catch (e) {
    dialog.showErrorBox('无法打开台账', e instanceof Error ? e.message : String(e));
    app.exit(1);
    return;
  }
  dailyBackupIfDue(ledger.db, ledger.file).catch((e: unknown) => console.error('每日备份失败', e));
  // Export destinations only from our own save dialog, as one-time handles.
  const targets = new SaveTargets();
  registerSaveDialog(targets, rendererUrl);
  // Files are read in a worker thread: the window stays responsive during a long import.
  const worker = new ImportWorker();
  void worker.warm().catch((e: unknown) => console.error('导入线程启动失败', e));
  const prepareImport = worker.prepare;
  registerApiBridge({ ledger, door: 'desktop', prepareImport }, rendererUrl, targets);
  createWindow();
}

// One desktop window per ledger (a lock file beside it); other ledgers may be open at once.
app.whenReady().then(start, (e: unknown) => {
  dialog.showErrorBox('启动失败', String(e));
  app.exit(1);
});
app.on('window-all-closed', () => {
  ledger?.close();
  lock?.release();
  app.quit();
});
