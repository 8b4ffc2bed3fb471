/**
 * Who may talk to browser mode: only pages this server itself served, on this machine.
 * - the socket is bound to 127.0.0.1 (see start-server.ts);
 * - API calls carry the per-run token in a header; the token lives in the page only;
 * - page assets need a session cookie: a random id of its own (never the token), named
 *   after the port, HttpOnly, SameSite=Strict. Browsers send cookies to every port of
 *   127.0.0.1, so another local server may see it — it grants page files, not the API,
 *   and a second instance on another port sets a cookie of another name;
 * - Host must be our own loopback address and port, and Origin, when sent, too — a page
 *   on another site that rebinds a DNS name to 127.0.0.1 fails both checks.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';

export const TOKEN_HEADER = 'x-taizhang-token';

/** The session cookie's name for the server on `port`: two instances never share one. */
export const sessionCookieName = (port: number) => `tz_session_${port}`;

export function sessionCookie(port: number, id: string): string {
  return `${sessionCookieName(port)}=${id}; HttpOnly; SameSite=Strict; Path=/`;
}

export const newToken = (): string => randomBytes(24).toString('base64url');

export function tokensEqual(given: string | undefined | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

const allowedHosts = (port: number) => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

export function hostAllowed(host: string | undefined, port: number): boolean {
  return !!host && allowedHosts(port).has(host.toLowerCase());
}

export function originAllowed(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true; // same-origin GETs and non-browser clients send none
  try {
    const u = new URL(origin);
    // URL drops a default port (":80"), so compare host name and port separately.
    const originPort = Number(u.port || 80);
    return (
      u.protocol === 'http:' &&
      originPort === port &&
      ['127.0.0.1', 'localhost'].includes(u.hostname)
    );
  } catch {
    return false;
  }
}

export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}
