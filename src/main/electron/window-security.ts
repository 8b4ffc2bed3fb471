/**
 * The window may only ever show our own renderer: navigation elsewhere and new windows
 * are refused, permission requests denied, and external links go through an allow-list.
 */
import { type BrowserWindow, type WebContents, shell } from 'electron';
import { isAllowedExternal, isOwnPage } from './navigation-policy';

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
  wc.session.setPermissionRequestHandler((_wc, permission, callback) =>
    callback(permission === 'notifications'),
  );
  wc.on('will-attach-webview', (e) => e.preventDefault());
}
