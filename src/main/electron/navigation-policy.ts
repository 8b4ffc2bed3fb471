/**
 * What the desktop window may show and open: pure rules, kept apart from Electron so they
 * are unit-tested. Only our own renderer page is ever shown; only allow-listed https sites
 * may be opened, and then in the system browser.
 */

/** Sites a user may be sent to from the app (opened in the system browser, never in-app). */
const EXTERNAL_ALLOW = new Set(['www.mca.gov.cn']);

export function isAllowedExternal(url: string): boolean {
  try {
    const u = new URL(url);
    return (
      u.protocol === 'https:' &&
      EXTERNAL_ALLOW.has(u.hostname) &&
      u.username === '' &&
      u.password === ''
    );
  } catch {
    return false;
  }
}

/** Same scheme, host and path as our page (the hash may differ: it carries the page id). */
export function isOwnPage(url: string, ownUrl: string): boolean {
  try {
    const a = new URL(url);
    const b = new URL(ownUrl);
    return a.protocol === b.protocol && a.host === b.host && a.pathname === b.pathname;
  } catch {
    return false;
  }
}
