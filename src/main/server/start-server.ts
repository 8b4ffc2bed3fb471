/**
 * `npm run serve`: opens the ledger and serves browser mode on 127.0.0.1 only.
 * Options: --db <file>, --port <n> (0 = any free port; default 5780).
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cachedPrepare } from '../app/import/prepared-cache';
import { ImportWorker } from '../app/import/import-worker';
import { LedgerReader } from '../app/reader/ledger-reader';
import { dailyBackupIfDue } from '../db/backups';
import { defaultLedgerPath } from '../db/ledger-path';
import { openLedger } from '../db/ledger';
import { createBrowserServer } from './browser-server';
import { newToken } from './guard';

async function main() {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { db: { type: 'string' }, port: { type: 'string' }, renderer: { type: 'string' } },
  });
  const port = Number(values.port ?? process.env.TAIZHANG_PORT ?? 5780);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`端口无效：${values.port}`);
  const rendererDir = path.resolve(values.renderer ?? 'out/renderer');
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`找不到界面文件 ${rendererDir}/index.html：请先运行 npm run build`);
  }
  const ledger = await openLedger(values.db ?? defaultLedgerPath());
  // The once-a-day backup runs in the background; a failure is reported, never fatal.
  dailyBackupIfDue(ledger.db, ledger.file).catch((e: unknown) =>
    process.stderr.write(`每日备份失败：${e instanceof Error ? e.message : String(e)}\n`),
  );
  // Whole-ledger reads (首页's counts) run in a thread of their own: pages opened meanwhile
  // are answered at once instead of waiting behind them. Started first: its thread is up
  // by the time the first page asks.
  const reader = new LedgerReader(ledger.file);
  reader.warm();
  const token = process.env.TAIZHANG_TOKEN || newToken();
  // Start the import worker before the first page: the first import does not wait for it.
  const worker = new ImportWorker();
  await worker
    .warm()
    .catch((e: unknown) =>
      process.stderr.write(`导入线程启动失败：${e instanceof Error ? e.message : String(e)}\n`),
    );
  const prepareImport = cachedPrepare(worker.prepare, { stored: worker.drop });
  const server = createBrowserServer({
    ctx: {
      ledger,
      door: 'browser',
      exportDir: path.join(os.tmpdir(), 'taizhang-exports'),
      // Files are read in a worker thread: one slow file never holds up other requests. A
      // commit takes the drafts its preview extracted (prepared-cache.ts); once it is stored
      // they go, and the worker lets go of the file's extraction.
      prepareImport,
      importStored: prepareImport.stored,
      reader,
    },
    token,
    rendererDir,
  });
  server.listen(port, '127.0.0.1', () => {
    const actual = (server.address() as { port: number }).port;
    // The first line is the URL, so scripts and tests can read it.
    process.stdout.write(`http://127.0.0.1:${actual}/?token=${token}\n`);
    process.stderr.write(
      `台账浏览器模式已启动，台账文件：${ledger.file}\n请在浏览器中打开上面的网址（仅限本机）。按 Ctrl+C 退出。\n`,
    );
  });
  const stop = () =>
    server.close(() => {
      // the reader's connection first: the ledger's own is the last and tidies the WAL away
      void reader.close().finally(() => {
        ledger.close();
        process.exit(0);
      });
    });
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  process.stderr.write(`无法启动浏览器模式：${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
