/**
 * Both doors hook the preview's drafts up for the commit (prepared-cache.ts): the desktop
 * app's backend process (its IPC handler module, started here as a Node child, without
 * Electron) and browser mode's server. A file previewed and then committed as previewed is
 * sent to the import worker once; one committed with a row excluded since its preview is
 * sent again (the worker makes its drafts from the extraction it kept); each commit, once
 * stored, tells the worker to let go of that file's extraction. Which files reach the
 * worker is told by a preload (tests/support/worker-files-seen.mjs), never timed.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BackendClient } from '../../src/main/backend/backend-client';
import { nodeChildPort } from '../../src/main/backend/node-child-port';
import type { ImportOutcome } from '../../src/shared/contract';
import { HEBEI_ZONES } from '../support/sample-notice';
import { repoRoot } from '../support/shared';
import { tempDir } from '../support/temp-ledger';

const preload = path.join(repoRoot, 'tests/support/worker-files-seen.mjs');
const WORKER_FILE = '[worker-file]';
const b64 = (s: string) => Buffer.from(s).toString('base64');
type Call = (method: string, input: unknown) => Promise<{ ok: boolean; value?: unknown }>;

let child: ChildProcess | null = null;
let cleanup: (() => void) | null = null;
afterEach(async () => {
  // ended for sure, and gone before its folder is removed: a door still closing its ledger or
  // writing its daily backup there would fail the removal or write into a removed folder
  const c = child;
  if (c && c.exitCode === null && c.signalCode === null) {
    const gone = new Promise((resolve) => c.once('exit', resolve));
    c.kill('SIGKILL');
    await gone;
  }
  child = null;
  cleanup?.();
  cleanup = null;
});

/** The files the door's process sent its worker, from the preload's lines on stderr. */
function workerFiles(proc: ChildProcess): () => string[] {
  let err = '';
  proc.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  return () =>
    err
      .split('\n')
      .filter((l) => l.startsWith(WORKER_FILE))
      .map((l) => l.slice(WORKER_FILE.length + 1));
}

/** Previews two files, commits one as previewed and one with its first row excluded. */
async function previewThenCommit(call: Call, seen: () => string[]) {
  const files = ['第三批', '第四批'].map((batch, i) => ({
    name: `${i + 1}.txt`,
    dataBase64: b64(HEBEI_ZONES.replaceAll('第二批', batch)),
  }));
  for (const f of files) {
    const dry = await call('import/files', { files: [{ ...f, edits: [] }], dryRun: true });
    expect((dry.value as ImportOutcome).records).toHaveLength(3);
  }
  expect(seen()).toEqual(['1.txt', '2.txt']);
  const commit = (f: (typeof files)[number], exclude: number[]) =>
    call('import/files', { files: [{ ...f, edits: [], exclude, joins: [], added: [] }] });
  const asPreviewed = await commit(files[0]!, []);
  const excluded = await commit(files[1]!, [0]);
  // the first commit took its preview's drafts; the second's correction is new, so the
  // worker made its drafts; once each was stored the worker was told to let the file go
  expect(seen()).toEqual(['1.txt', '2.txt', '1.txt drop', '2.txt commit', '2.txt drop']);
  expect((asPreviewed.value as ImportOutcome).records).toHaveLength(3);
  expect((excluded.value as ImportOutcome).records.map((r) => r.regionText)).toEqual([
    '保定市竞秀区',
    '唐山市路北区',
  ]);
}

describe('the doors take the preview’s drafts for the commit', () => {
  it('the desktop app’s backend process', async () => {
    const t = tempDir('taizhang-door-cache-');
    cleanup = t.cleanup;
    child = fork(
      path.join(repoRoot, 'src/main/backend/backend-child.ts'),
      ['--db', path.join(t.dir, 'ledger.sqlite')],
      { execArgv: ['--import', 'tsx', '--import', preload], cwd: repoRoot, silent: true },
    );
    const seen = workerFiles(child);
    const client = new BackendClient(nodeChildPort(child));
    await client.ready;
    await previewThenCommit((m, input) => client.call(m as 'app/info', input as never), seen);
  }, 120_000);

  it('browser mode’s server', async () => {
    const t = tempDir('taizhang-door-cache-');
    cleanup = t.cleanup;
    const renderer = path.join(t.dir, 'renderer');
    mkdirSync(renderer);
    writeFileSync(path.join(renderer, 'index.html'), '<html><head></head><body></body></html>');
    const server = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--import',
        preload,
        'src/main/server/start-server.ts',
        '--port',
        '0',
        '--db',
        path.join(t.dir, 'ledger.sqlite'),
        '--renderer',
        renderer,
      ],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child = server;
    const seen = workerFiles(server);
    const url = await new Promise<URL>((resolve, reject) => {
      let out = '';
      server.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const line = out.split('\n').find((l) => l.startsWith('http://127.0.0.1:'));
        if (line) resolve(new URL(line.trim()));
      });
      server.on('exit', (code) => reject(new Error(`server exited (${code})`)));
    });
    const call: Call = async (method, input) => {
      const res = await fetch(`${url.origin}/api/${method}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-taizhang-token': url.searchParams.get('token')!,
        },
        body: JSON.stringify({ input }),
      });
      return (await res.json()) as { ok: boolean; value?: unknown };
    };
    await previewThenCommit(call, seen);
  }, 120_000);
});
