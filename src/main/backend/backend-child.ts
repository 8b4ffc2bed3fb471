/**
 * The backend's own process: opens the ledger, answers calls through dispatch() (which
 * puts each call through the ledger gate and the replace lock, as in every door) and
 * reports progress, so a 3 s duplicate check or a 6 s export never freezes the window.
 * Imports read their files in a worker thread of this process (import-worker.ts).
 * Started by the desktop app as an Electron utilityProcess (messages on
 * process.parentPort) and by tests as a Node child (process.send).
 *   backend.js --db <ledger file>
 */
import { parseArgs } from 'node:util';
import { reportingContext, dispatchTracked } from '../api/call-progress';
import type { ApiContext } from '../api/context';
import { ImportWorker } from '../app/import/import-worker';
import { cachedPrepare } from '../app/import/prepared-cache';
import { LedgerReader } from '../app/reader/ledger-reader';
import { dailyBackupIfDue } from '../db/backups';
import { defaultLedgerPath } from '../db/ledger-path';
import { openLedger } from '../db/ledger';
import { toBackend, type FromBackend } from './protocol';

/** Electron gives a utility process a parentPort; a Node child has process.send. */
interface ParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (e: { data: unknown }) => void): void;
}
const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;

function post(message: FromBackend): void {
  if (parentPort) parentPort.postMessage(message);
  else process.send?.(message);
}

function onMessage(listener: (data: unknown) => void): void {
  if (parentPort) parentPort.on('message', (e) => listener(e.data));
  else process.on('message', listener);
}

async function main() {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { db: { type: 'string' } },
  });
  let ctx: ApiContext;
  // Files are read in a worker thread, with its own time and memory ceiling.
  const worker = new ImportWorker();
  // Whole-ledger reads (首页's counts) in a thread of their own: the window's other requests
  // are answered meanwhile.
  let reader: LedgerReader | null = null;
  try {
    const ledger = await openLedger(values.db ?? process.env.TAIZHANG_DB ?? defaultLedgerPath());
    reader = new LedgerReader(ledger.file);
    reader.warm();
    // A commit takes the drafts its preview extracted (prepared-cache.ts); once it is stored
    // they go, and the worker lets go of that file's extraction.
    const prepareImport = cachedPrepare(worker.prepare, { stored: worker.drop });
    const importStored = prepareImport.stored;
    const base = { ledger, door: 'desktop' as const, prepareImport, importStored, reader };
    ctx = reportingContext(base, (p) =>
      post({ type: 'progress', id: p.callId, method: p.method, progress: p.progress }),
    );
  } catch (e) {
    post({ type: 'fatal', message: e instanceof Error ? e.message : String(e) });
    process.exit(1);
  }
  // Started now (code and gazetteer loaded) so the first import does not wait for it.
  worker
    .warm()
    .catch((e: unknown) =>
      process.stderr.write(`导入线程启动失败：${e instanceof Error ? e.message : String(e)}\n`),
    );
  // The once-a-day backup runs in the background; a failure is reported, never fatal.
  dailyBackupIfDue(ctx.ledger.db, ctx.ledger.file).catch((e: unknown) =>
    process.stderr.write(`每日备份失败：${e instanceof Error ? e.message : String(e)}\n`),
  );
  onMessage((data) => {
    const m = toBackend(data);
    if (!m) return;
    if (m.type === 'close') {
      void worker.close();
      void reader?.close();
      ctx.ledger.close();
      post({ type: 'closed' });
      // Let the message leave before the process ends.
      setImmediate(() => process.exit(0));
      return;
    }
    void dispatchTracked(m.method, m.input, ctx, m.id).then((result) =>
      post({ type: 'result', id: m.id, result }),
    );
  });
  post({ type: 'ready', ledgerFile: ctx.ledger.file });
}

void main();
