/**
 * Browser mode keeps its handlers in the server process and streams the progress of long
 * calls on GET /events (server-sent events, session cookie), as the desktop window gets it
 * over IPC from the backend's child process.
 */
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBrowserServer } from '../../src/main/server/browser-server';
import { HEBEI_ZONES } from '../support/sample-notice';
import { tempDir, tempLedger } from '../support/temp-ledger';

const token = 'progress-token-0123456789abcdef';
let server: http.Server;
let port: number;
const cleanups: (() => void)[] = [];

beforeAll(async () => {
  const t = await tempLedger();
  cleanups.push(t.cleanup);
  const r = tempDir();
  cleanups.push(r.cleanup);
  writeFileSync(path.join(r.dir, 'index.html'), '<html><head></head><body>台账</body></html>');
  server = createBrowserServer({
    ctx: { ledger: t.ledger, door: 'browser' },
    token,
    rendererDir: r.dir,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  cleanups.forEach((c) => c());
});

const host = () => ({ host: `127.0.0.1:${port}` });

/** Opens the printed link once: the session cookie its answer sets (never the token). */
function login(): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: `/?token=${token}`, headers: host() }, (res) => {
        res.resume();
        resolve(String(res.headers['set-cookie']).split(';')[0]!);
      })
      .on('error', reject);
  });
}

function post(method: string, input: unknown): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/api/${method}`,
        headers: { ...host(), 'content-type': 'application/json', 'x-taizhang-token': token },
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve(JSON.parse(body)));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ input }));
  });
}

interface Event {
  method: string;
  done: number;
  total: number;
  item?: string;
  work?: string;
}

/** Opens the event stream as the page does: the events as they arrive, and the stream. */
async function openEvents() {
  const events: Event[] = [];
  const cookie = await login();
  const stream = await new Promise<http.ClientRequest>((resolve) => {
    const req = http.get(
      { host: '127.0.0.1', port, path: '/events', headers: { ...host(), cookie } },
      (res) => {
        expect(res.headers['content-type']).toMatch(/text\/event-stream/);
        res.on('data', (c: Buffer) => {
          for (const line of c.toString().split('\n'))
            if (line.startsWith('data: ')) events.push(JSON.parse(line.slice(6)));
        });
        resolve(req);
      },
    );
  });
  return { events, stream };
}

describe('browser mode progress events', () => {
  it('refuses the stream without the session cookie', async () => {
    const status = await new Promise<number>((resolve) =>
      http.get({ host: '127.0.0.1', port, path: '/events', headers: host() }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      }),
    );
    expect(status).toBe(401);
  });

  it('streams each file of an import as it goes', async () => {
    const { events, stream } = await openEvents();
    const files = ['第七批', '第八批'].map((b, i) => ({
      name: `${i}.txt`,
      dataBase64: Buffer.from(HEBEI_ZONES.replaceAll('第二批', b)).toString('base64'),
    }));
    const r = await post('import/files', { files });
    expect(r).toMatchObject({ ok: true });
    // The events travel on their own connection: wait for the last one, not for a time.
    await vi.waitFor(() => expect(events.some((e) => e.done === 2)).toBe(true));
    stream.destroy();
    // A start, then each file as its transaction commits (files read ahead may share one
    // transaction, so a later file's own start may not be announced separately).
    const progress = events.filter((e) => e.method === 'import/files');
    expect(progress[0]).toEqual({ method: 'import/files', done: 0, total: 2, item: '0.txt' });
    expect(progress.filter((e) => e.done > 0)).toEqual(
      expect.arrayContaining([
        { method: 'import/files', done: 1, total: 2, item: '0.txt' },
        { method: 'import/files', done: 2, total: 2, item: '1.txt' },
      ]),
    );
    const dones = progress.map((e) => e.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
  });

  it("calls a preview's dry run 分析, so the foot of the page never says 导入完成 before a commit", async () => {
    const { events, stream } = await openEvents();
    const file = {
      name: 'preview.txt',
      dataBase64: Buffer.from(HEBEI_ZONES.replaceAll('第二批', '第九批')).toString('base64'),
    };
    expect(await post('import/files', { files: [file], dryRun: true })).toMatchObject({ ok: true });
    await vi.waitFor(() =>
      expect(events.some((e) => e.item === 'preview.txt' && e.done === 1)).toBe(true),
    );
    stream.destroy();
    const progress = events.filter((e) => e.item === 'preview.txt');
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((e) => e.work === '分析')).toBe(true);
  });
});
