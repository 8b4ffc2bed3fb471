/**
 * Finding 2 of issue #20, the part about time and memory: a file that takes seconds to
 * read used to block every other request of browser mode (a 4.3 KB docx held it for 11 s).
 * Imports now read in a worker thread, so the server keeps answering while one runs; a
 * file that runs past the time budget is cancelled, one that needs more memory than the
 * worker may use is refused — each with a message naming the limit — and the next file
 * reads as usual.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportWorker } from '../../src/main/app/import/import-worker';
import { repoRoot } from '../support/shared';

/** A valid page whose table takes the reader and extractor seconds (300 × 200 cells). */
function slowHtml(): Buffer {
  const row = `<tr>${Array.from({ length: 200 }, (_, c) => `<td>${c}</td>`).join('')}</tr>`;
  return Buffer.from(
    `<html><body><p>关于确认实验区的通知</p><table>${row.repeat(300)}</table></body></html>`,
  );
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'taizhang-offpath-'));
let stop = () => undefined as void;
let base = '';
let token = '';

beforeAll(async () => {
  const renderer = path.join(dir, 'renderer');
  mkdirSync(renderer);
  writeFileSync(path.join(renderer, 'index.html'), '<html><head></head><body></body></html>');
  const proc = spawn(
    process.execPath,
    [
      path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs'),
      'src/main/server/start-server.ts',
      '--port',
      '0',
      '--db',
      path.join(dir, 'ledger.sqlite'),
      '--renderer',
      renderer,
    ],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  stop = () => void proc.kill('SIGTERM');
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    proc.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const line = out.split('\n').find((l) => l.startsWith('http://127.0.0.1:'));
      if (line) resolve(line.trim());
    });
    proc.stderr.on('data', (c: Buffer) => (err += c.toString()));
    proc.on('exit', (code) => reject(new Error(`server exited (${code}): ${err}`)));
  });
  const u = new URL(url);
  base = u.origin;
  token = u.searchParams.get('token')!;
}, 60_000);

afterAll(() => {
  stop();
  rmSync(dir, { recursive: true, force: true });
});

const call = async (method: string, input: unknown) => {
  const res = await fetch(`${base}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-taizhang-token': token },
    body: JSON.stringify({ input }),
  });
  return (await res.json()) as { ok: boolean; value?: unknown };
};

describe('imports run off the request path', () => {
  it('browser mode answers other requests while a slow file is being read', async () => {
    let importDone = false;
    const importing = call('import/files', {
      files: [{ name: 'slow.html', dataBase64: slowHtml().toString('base64') }],
    }).then((r) => {
      importDone = true;
      return r;
    });
    // Count the answers that arrive while the import is still running.
    let answeredDuring = 0;
    while (!importDone) {
      const r = await call('app/info', {});
      expect(r.ok).toBe(true);
      if (!importDone) answeredDuring++;
      await new Promise((res) => setTimeout(res, 50));
    }
    expect((await importing).ok).toBe(true);
    expect(answeredDuring).toBeGreaterThanOrEqual(3);
  }, 120_000);
});

describe('the time budget', () => {
  it('cancels a file that runs past it, names the limit, and the next file still reads', async () => {
    const worker = new ImportWorker();
    try {
      const slow = worker.prepare(
        { name: 'slow.html', bytes: slowHtml(), sha256: 'x' },
        { maxMillis: 100 },
      );
      await expect(slow).rejects.toMatchObject({ code: 'read_timeout' });
      await expect(slow).rejects.toThrow(/秒（每个文件的上限）/);
      const ok = await worker.prepare({
        name: 'ok.txt',
        bytes: new Uint8Array(Buffer.from('关于确认实验区的通知\n1.石家庄市长安区\n')),
        sha256: 'y',
      });
      expect(ok.notice.file).toBe('ok.txt');
    } finally {
      await worker.close();
    }
  }, 120_000);
});

describe('the memory ceiling', () => {
  it('refuses a file that needs more memory than the worker may use; the files sent after it still read', async () => {
    // A fresh worker itself needs ~60 MB once its first file has built the readers' indexes
    // (the gazetteer, the lookups), so the ceiling leaves it room; the table (a million cells)
    // needs well over the ceiling to parse, long before its text is measured.
    const worker = new ImportWorker({ maxHeapMb: 160 });
    try {
      const row = `<tr>${Array.from({ length: 200 }, (_, c) => `<td>${c}</td>`).join('')}</tr>`;
      const big = Buffer.from(`<html><body><table>${row.repeat(5000)}</table></body></html>`);
      const r = worker.prepare({ name: 'big.html', bytes: big, sha256: 'x' });
      // Sent before the big file fails, so the worker that runs out of memory holds it too:
      // it is read by the next worker, not failed with the file that brought the first down.
      const next = worker.prepare({
        name: 'ok.txt',
        bytes: new Uint8Array(Buffer.from('关于确认实验区的通知\n1.石家庄市长安区\n')),
        sha256: 'y',
      });
      await expect(r).rejects.toMatchObject({ code: 'read_out_of_memory' });
      await expect(r).rejects.toThrow(/160 MB（上限）/);
      expect((await next).notice.file).toBe('ok.txt');
      const ok = await worker.prepare({
        name: 'ok2.txt',
        bytes: new Uint8Array(Buffer.from('关于确认实验区的通知\n1.石家庄市长安区\n')),
        sha256: 'z',
      });
      expect(ok.notice.file).toBe('ok2.txt');
    } finally {
      await worker.close();
    }
  }, 120_000);
});
