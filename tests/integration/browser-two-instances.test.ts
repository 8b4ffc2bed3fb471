/**
 * Finding 6 of issue #20: the browser-mode cookie was the API token itself, named the
 * same on every port — a browser sends it to every 127.0.0.1 port, and a second instance
 * overwrote the first's (logging it out). Here one cookie jar behaves as a browser's
 * (cookies keyed by name, sent to every port) across two instances.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBrowserServer } from '../../src/main/server/browser-server';
import { tempDir, tempLedger } from '../support/temp-ledger';

interface Instance {
  server: http.Server;
  port: number;
  token: string;
}
const instances: Instance[] = [];
const cleanups: (() => void)[] = [];

/** A browser's cookie jar for 127.0.0.1: one value per name, whatever the port. */
const jar = new Map<string, string>();
const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

function get(port: number, p: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: p, headers: { host: `127.0.0.1:${port}`, ...headers } },
      (res) => {
        for (const c of [res.headers['set-cookie'] ?? []].flat()) {
          const [pair] = c.split(';');
          const [k, v] = pair!.split('=');
          jar.set(k!, v!);
        }
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

function post(port: number, method: string, token: string) {
  return new Promise<number>((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/api/${method}`,
        headers: {
          host: `127.0.0.1:${port}`,
          'x-taizhang-token': token,
          cookie: cookieHeader(),
          'content-type': 'application/json',
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end('{"input":{}}');
  });
}

beforeAll(async () => {
  const r = tempDir();
  cleanups.push(r.cleanup);
  mkdirSync(path.join(r.dir, 'assets'));
  writeFileSync(path.join(r.dir, 'index.html'), '<html><head></head><body>台账</body></html>');
  for (const token of ['first-instance-token-0123456789', 'second-instance-token-987654321']) {
    const t = await tempLedger();
    cleanups.push(t.cleanup);
    const server = createBrowserServer({
      ctx: { ledger: t.ledger, door: 'browser' },
      token,
      rendererDir: r.dir,
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    instances.push({ server, port: (server.address() as { port: number }).port, token });
  }
});
afterAll(async () => {
  for (const i of instances) await new Promise((r) => i.server.close(r));
  cleanups.forEach((c) => c());
});

describe('two browser-mode instances on two ports', () => {
  it('do not log each other out, and neither can use the other one’s cookie', async () => {
    const [a, b] = instances as [Instance, Instance];
    expect((await get(a.port, `/?token=${a.token}`)).status).toBe(200);
    expect((await get(b.port, `/?token=${b.token}`)).status).toBe(200);
    expect(jar.size).toBe(2);
    // The browser now sends both cookies to both ports: each instance still serves its page.
    expect((await get(a.port, '/', { cookie: cookieHeader() })).status).toBe(200);
    expect((await get(b.port, '/', { cookie: cookieHeader() })).status).toBe(200);
    // Neither cookie value is a token, so a server that receives them cannot call the API.
    for (const v of jar.values()) {
      expect(v).not.toBe(a.token);
      expect(v).not.toBe(b.token);
    }
    expect(await post(a.port, 'records/list', a.token)).toBe(200);
    expect(await post(b.port, 'records/list', b.token)).toBe(200);
    expect(await post(a.port, 'records/list', b.token)).toBe(401);
    // A's session alone opens nothing on B.
    const aOnly = [...jar].find(([k]) => k.endsWith(String(a.port)))!;
    expect((await get(b.port, '/', { cookie: `${aOnly[0]}=${aOnly[1]}` })).status).toBe(401);
  });
});
