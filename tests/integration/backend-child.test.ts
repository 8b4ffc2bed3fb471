/**
 * The backend's child process, without Electron: the same entry the desktop app starts as
 * a utilityProcess is started here as a Node child. Calls go through its message channel
 * to dispatch(); a long import reports progress as it goes; the window's process never
 * runs a handler.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BackendClient, type ProgressEvent } from '../../src/main/backend/backend-client';
import { nodeChildPort } from '../../src/main/backend/node-child-port';
import type { ImportOutcome } from '../../src/shared/contract';
import { HEBEI_ZONES } from '../support/sample-notice';
import { repoRoot } from '../support/shared';
import { tempDir } from '../support/temp-ledger';

const entry = path.join(repoRoot, 'src/main/backend/backend-child.ts');
let child: ChildProcess | null = null;
let cleanup: (() => void) | null = null;
afterEach(() => {
  if (child && child.exitCode === null) child.kill();
  cleanup?.();
});

function start(): { client: BackendClient; file: string } {
  const t = tempDir('taizhang-backend-');
  cleanup = t.cleanup;
  const file = path.join(t.dir, 'ledger.sqlite');
  child = fork(entry, ['--db', file], {
    execArgv: ['--import', 'tsx'],
    cwd: repoRoot,
    silent: true,
  });
  return { client: new BackendClient(nodeChildPort(child)), file };
}

const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('the backend child process', () => {
  it('opens the ledger, answers calls and reports progress of a long import', async () => {
    const { client, file } = start();
    expect(await client.ready).toBe(file);
    expect(child!.pid).not.toBe(process.pid);

    const info = await client.call('app/info', {});
    expect(info).toMatchObject({ ok: true, value: { ledgerFile: file, door: 'desktop' } });

    const events: ProgressEvent[] = [];
    client.onProgress((e) => events.push(e));
    const files = ['第二批', '第三批', '第四批'].map((batch, i) => ({
      name: `${i + 1}.txt`,
      dataBase64: b64(HEBEI_ZONES.replace('第二批', batch).replace('第二批', batch)),
    }));
    const r = await client.call('import/files', { files });
    expect(r.ok).toBe(true);
    const outcome = (r as { value: ImportOutcome }).value;
    expect(outcome.files.map((f) => f.status)).toEqual(['imported', 'imported', 'imported']);

    // Progress: the import's start and every file's finish, tagged with the call it belongs to.
    // (Files already read go into one transaction together, so how many "next file" events
    // come between depends on how fast the worker reads: not asserted.)
    const mine = events.filter((e) => e.method === 'import/files');
    expect(mine[0]!.progress).toMatchObject({ done: 0, total: 3 });
    expect([...new Set(mine.map((e) => e.progress.done))]).toEqual([0, 1, 2, 3]);
    expect(new Set(mine.map((e) => e.id)).size).toBe(1);
    expect(mine.at(-1)!.progress).toEqual({ done: 3, total: 3, item: '3.txt' });
    expect(mine.map((e) => e.progress.done)).toEqual([...mine.map((e) => e.progress.done)].sort());

    // The write went through the log in the child: the next undo names it.
    const peek = await client.call('history/peek', {});
    expect(peek).toMatchObject({ ok: true, value: { undo: { op: { kind: 'import' } } } });

    // Errors cross as data; nothing the window sends can crash the child.
    expect(await client.call('no/such', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
    // 首页 read beside the main thread: the reader's connection is open when the window closes.
    expect(await client.call('home/summary', {})).toMatchObject({ ok: true });
    const exited = new Promise((resolve) => child!.on('exit', resolve));
    client.close();
    expect(await exited).toBe(0);
    // The ledger's commits were copied back into the file as it closed, though the reader's
    // connection was still open: a copy of the file alone holds them.
    const wal = `${file}-wal`;
    expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);
  });

  it('says why when the ledger cannot be opened', async () => {
    const t = tempDir('taizhang-backend-');
    cleanup = t.cleanup;
    const notALedger = path.join(t.dir, 'notes.sqlite');
    writeFileSync(notALedger, '这不是台账文件。'.repeat(200));
    child = fork(entry, ['--db', notALedger], {
      execArgv: ['--import', 'tsx'],
      cwd: repoRoot,
      silent: true,
    });
    const client = new BackendClient(nodeChildPort(child));
    await expect(client.ready).rejects.toThrow(/无法打开.*不是有效的台账/);
  });
});
