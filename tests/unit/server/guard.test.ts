import { describe, expect, it } from 'vitest';
import {
  cookieValue,
  hostAllowed,
  newToken,
  originAllowed,
  sessionCookie,
  sessionCookieName,
  tokensEqual,
} from '../../../src/main/server/guard';

describe('browser-mode guard', () => {
  it('makes long random tokens that differ per run', () => {
    const a = newToken();
    expect(a.length).toBeGreaterThanOrEqual(32);
    expect(newToken()).not.toBe(a);
  });

  it('compares tokens exactly', () => {
    expect(tokensEqual('abc', 'abc')).toBe(true);
    expect(tokensEqual('abd', 'abc')).toBe(false);
    expect(tokensEqual('ab', 'abc')).toBe(false);
    expect(tokensEqual(undefined, 'abc')).toBe(false);
    expect(tokensEqual('', 'abc')).toBe(false);
  });

  it('accepts only our own loopback host and port (DNS rebinding)', () => {
    expect(hostAllowed('127.0.0.1:5780', 5780)).toBe(true);
    expect(hostAllowed('localhost:5780', 5780)).toBe(true);
    expect(hostAllowed('127.0.0.1:5781', 5780)).toBe(false);
    expect(hostAllowed('evil.example:5780', 5780)).toBe(false);
    expect(hostAllowed('192.168.1.2:5780', 5780)).toBe(false);
    expect(hostAllowed(undefined, 5780)).toBe(false);
  });

  it('accepts no Origin or our own, refuses others', () => {
    expect(originAllowed(undefined, 80)).toBe(true);
    expect(originAllowed('http://127.0.0.1:80', 80)).toBe(true);
    expect(originAllowed('http://evil.example', 80)).toBe(false);
    expect(originAllowed('null', 80)).toBe(false);
    expect(originAllowed('https://127.0.0.1:80', 80)).toBe(false);
  });

  it('names the session cookie after the port, HttpOnly and SameSite=Strict', () => {
    expect(sessionCookieName(5780)).toBe('tz_session_5780');
    expect(sessionCookieName(5781)).not.toBe(sessionCookieName(5780));
    expect(sessionCookie(5780, 'abc')).toBe(
      'tz_session_5780=abc; HttpOnly; SameSite=Strict; Path=/',
    );
  });

  it('reads one cookie out of a header', () => {
    expect(cookieValue('a=1; tz_token=xyz=; b=2', 'tz_token')).toBe('xyz=');
    expect(cookieValue(undefined, 'tz_token')).toBeUndefined();
  });
});
