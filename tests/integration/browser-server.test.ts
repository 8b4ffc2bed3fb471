import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ledger } from '../../src/main/db/ledger';
import { createBrowserServer } from '../../src/main/server/browser-server';
import { tempDir, tempLedger } from '../support/temp-ledger';

const token = 'test-token-0123456789abcdef';
let server: http.Server;
let port: number;
let ledgerForSmall: Ledger;
let rendererForSmall: string;
const cleanups: (() => void)[] = [];

beforeAll(async () => {
  const t = await tempLedger();
  cleanups.push(t.cleanup);
  const r = tempDir();
  cleanups.push(r.cleanup);
  mkdirSync(path.join(r.dir, 'assets'));
  writeFileSync(path.join(r.dir, 'index.html'), '<html><head></head><body>台账</body></html>');
  writeFileSync(path.join(r.dir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(t.file + '.secret'), 'outside the renderer folder');
  ledgerForSmall = t.ledger;
  rendererForSmall = r.dir;
  server = createBrowserServer({
    ctx: { ledger: t.ledger, door: 'browser' },
    token,
    rendererDir: r.dir,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  cleanups.forEach((c) => c());
});

/** A raw request, so tests control Host and Origin exactly as an attacker could. */
function request(opts: {
  port?: number;
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>(
    (resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: opts.port ?? port,
          method: opts.method ?? 'GET',
          path: opts.path,
          headers: { host: `127.0.0.1:${opts.port ?? port}`, ...opts.headers },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks).toString('utf8'),
            }),
          );
        },
      );
      req.on('error', reject);
      if (opts.body) req.write(opts.body);
      req.end();
    },
  );
}

const api = (
  method: string,
  input: unknown,
  headers: Record<string, string> = { 'x-taizhang-token': token },
) =>
  request({
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ input }),
  });

describe('browser mode over HTTP', () => {
  it('answers API calls that carry the token', async () => {
    const r = await api('records/list', {});
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ ok: true, value: [] });
  });

  it('refuses API calls without the token, or with a wrong one', async () => {
    expect((await api('records/list', {}, {})).status).toBe(401);
    expect((await api('records/list', {}, { 'x-taizhang-token': 'wrong' })).status).toBe(401);
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin', async () => {
    const rebinding = await request({
      method: 'POST',
      path: '/api/records/list',
      headers: { host: `evil.example:${port}`, 'x-taizhang-token': token },
    });
    expect(rebinding.status).toBe(403);
    const cross = await api(
      'records/list',
      {},
      { 'x-taizhang-token': token, origin: 'http://evil.example' },
    );
    expect(cross.status).toBe(403);
  });

  it('answers malformed bodies with an error envelope, never a crash', async () => {
    const r = await request({
      method: 'POST',
      path: '/api/records/list',
      headers: { 'x-taizhang-token': token },
      body: '{not json',
    });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body).ok).toBe(false);
    const bad = await api('records/list', { kind: 42 });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'bad_input' } });
  });

  it('serves the page only after the token link, and puts the token in that page only', async () => {
    expect((await request({ path: '/' })).status).toBe(401);
    const login = await request({ path: `/?token=${token}` });
    expect(login.status).toBe(200);
    expect(login.body).toContain(`<meta name="taizhang-token" content="${token}">`);
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    const page = await request({ path: '/', headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.body).not.toContain(token);
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect((await request({ path: '/assets/app.js', headers: { cookie } })).status).toBe(200);
    expect((await request({ path: `/?token=wrong` })).status).toBe(401);
  });

  it('sets a session cookie that is not the token, named after the port (finding 6)', async () => {
    const login = await request({ path: `/?token=${token}` });
    const setCookie = String(login.headers['set-cookie']);
    const [pair, ...attrs] = setCookie.split(';').map((p) => p.trim());
    const [name, value] = pair!.split('=');
    expect(name).toBe(`tz_session_${port}`);
    expect(value).not.toBe(token);
    expect(value!.length).toBeGreaterThanOrEqual(32);
    expect(attrs).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/']));
    // The cookie alone opens no API call, and never yields the token.
    const viaCookie = await api('records/list', {}, { cookie: pair! });
    expect(viaCookie.status).toBe(401);
    expect((await request({ path: '/', headers: { cookie: pair! } })).body).not.toContain(token);
  });

  it('answers an oversized body with 413 and a Chinese message, not a reset (finding 7)', async () => {
    const small = createBrowserServer({
      ctx: { ledger: ledgerForSmall, door: 'browser' },
      token,
      rendererDir: rendererForSmall,
      maxBodyBytes: 64 * 1024,
    });
    await new Promise<void>((resolve) => small.listen(0, '127.0.0.1', resolve));
    const smallPort = (small.address() as { port: number }).port;
    try {
      const r = await request({
        port: smallPort,
        method: 'POST',
        path: '/api/import/files',
        headers: { 'x-taizhang-token': token, 'content-type': 'application/json' },
        body: JSON.stringify({
          input: { files: [{ name: 'a.txt', dataBase64: 'A'.repeat(1 << 20) }] },
        }),
      });
      expect(r.status).toBe(413);
      expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'too_large' } });
      expect(JSON.parse(r.body).error.message).toMatch(/请求太大.*拆分|分批/);
    } finally {
      await new Promise((resolve) => small.close(resolve));
    }
  });

  it('answers a malformed method name with a Chinese error, not an internal one (finding 7)', async () => {
    const r = await request({
      method: 'POST',
      path: '/api/%E0%A4%A',
      headers: { 'x-taizhang-token': token },
      body: '{}',
    });
    expect(r.status).toBe(400);
    const body = JSON.parse(r.body);
    expect(body).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    expect(body.error.message).not.toMatch(/URI|malformed/);
  });

  it('never serves files outside the renderer folder', async () => {
    const login = await request({ path: `/?token=${token}` });
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    for (const p of [
      '/../ledger.sqlite',
      '/..%2fledger.sqlite',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/assets/%00x',
    ]) {
      const r = await request({ path: p, headers: { cookie } });
      expect([400, 404]).toContain(r.status);
    }
  });
});
