/**
 * Desktop lifecycle: one instance per ledger, a locked-down window, the IPC bridge.
 */
import { app, BrowserWindow, dialog } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { dailyBackupIfDue } from '../db/backups';
import { defaultLedgerPath } from '../db/ledger-path';
import { openLedger, type Ledger } from '../db/ledger';
import { registerApiBridge } from './ipc-bridge';
import { lockDown } from './window-security';

let mainWindow: BrowserWindow | null = null;
let ledger: Ledger | null = null;

const rendererUrl = (): string =>
  process.env.ELECTRON_RENDERER_URL ?? pathToFileURL(path.join(__dirname, '../renderer/index.html')).href;

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
    ledger = await openLedger(file);
  } catch (e) {
    dialog.showErrorBox('无法打开台账', e instanceof Error ? e.message : String(e));
    app.exit(1);
    return;
  }
  dailyBackupIfDue(ledger.db, ledger.file).catch((e: unknown) => console.error('每日备份失败', e));
  registerApiBridge({ ledger, door: 'desktop' }, rendererUrl);
  mainWindow = createWindow();
}

// One running app per ledger: a second start focuses the first window instead.
if (!app.requestSingleInstanceLock({ ledger: process.env.TAIZHANG_DB ?? defaultLedgerPath() })) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  app.whenReady().then(start, (e: unknown) => {
    dialog.showErrorBox('启动失败', String(e));
    app.exit(1);
  });
  app.on('window-all-closed', () => {
    ledger?.close();
    app.quit();
  });
}
