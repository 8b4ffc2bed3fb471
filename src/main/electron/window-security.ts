/**
 * The window may only ever show our own renderer: navigation elsewhere and new windows
 * are refused, permission requests denied, and external links go through an allow-list.
 */
import { type BrowserWindow, type WebContents, shell } from 'electron';

/** Sites a user may be sent to from the app (opened in the system browser, never in-app). */
const EXTERNAL_ALLOW = new Set(['www.mca.gov.cn']);

export function isAllowedExternal(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && EXTERNAL_ALLOW.has(u.hostname);
  } catch {
    return false;
  }
}

export function isOwnPage(url: string, ownUrl: string): boolean {
  try {
    const a = new URL(url);
    const b = new URL(ownUrl);
    return a.protocol === b.protocol && a.host === b.host && a.pathname === b.pathname;
  } catch {
    return false;
  }
}

export function lockDown(win: BrowserWindow, ownUrl: () => string): void {
  const wc: WebContents = win.webContents;
  wc.on('will-navigate', (e, url) => {
    if (!isOwnPage(url, ownUrl())) e.preventDefault();
  });
  wc.on('will-redirect', (e, url) => {
    if (!isOwnPage(url, ownUrl())) e.preventDefault();
  });
  wc.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternal(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  wc.session.setPermissionRequestHandler((_wc, permission, callback) => callback(permission === 'notifications'));
  wc.on('will-attach-webview', (e) => e.preventDefault());
}
