/**
 * Imports read their files off the request path: one worker thread prepares files one at
 * a time (read → extract → drafts) while the main thread keeps answering other requests
 * (browser mode, the desktop window). The worker is also the hard stop behind the readers'
 * budgets: it runs with a memory ceiling, and a file that takes longer than the time
 * budget is cancelled by ending the thread — the next file gets a fresh one.
 */
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/app-error';
import { gazetteerDir } from '../../core/gazetteer/gazetteer-data';
import type { WorkerRequest } from './import-worker-entry';
import { importWorkerScript } from './import-worker-script';
import type { PrepareInput, PreparedImport } from '../../core/import/prepare-import';
import { READ_LIMITS, type ReadLimits } from '../../core/import/readers';

export interface ImportWorkerOptions {
  /** Limits for every file (defaults: READ_LIMITS). */
  limits?: Partial<ReadLimits>;
  /** The worker's heap ceiling; a file that needs more is refused, not the app brought down. */
  maxHeapMb?: number;
}

interface Pending {
  resolve: (p: PreparedImport) => void;
  reject: (e: unknown) => void;
  timer?: NodeJS.Timeout;
}

const secs = (ms: number) => Math.round(ms / 1000);

export class ImportWorker {
  private worker: Worker | null = null;
  /** Resolves once the current worker has loaded its code: its start-up is not the file's time. */
  private online: Promise<void> = Promise.resolve();
  private queue: Promise<unknown> = Promise.resolve();
  private pending = new Map<number, Pending>();
  private nextId = 1;
  private readonly limits: ReadLimits;
  private readonly maxHeapMb: number;

  constructor(opts: ImportWorkerOptions = {}) {
    this.limits = { ...READ_LIMITS, ...opts.limits };
    this.maxHeapMb = opts.maxHeapMb ?? 1024;
  }

  /** Prepares one file in the worker; files queue one behind the other. */
  readonly prepare = (
    file: PrepareInput,
    limits?: Partial<ReadLimits>,
  ): Promise<PreparedImport> => {
    const run = this.queue.then(() => this.run(file, { ...this.limits, ...limits }));
    this.queue = run.catch(() => undefined);
    return run;
  };

  /**
   * Starts the worker now and resolves when it is ready (code and gazetteer loaded), so the
   * first import does not wait for it. Doors call it at start-up.
   */
  async warm(): Promise<void> {
    this.worker ??= this.spawn();
    const w = this.worker;
    await this.online;
    if (this.pending.size === 0) w.unref();
  }

  /** Ends the worker (it is started again on the next file). */
  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }

  private spawn(): Worker {
    const w = new Worker(importWorkerScript(), {
      workerData: { gazetteerDir: safeGazetteerDir() },
      resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb },
    });
    let ready!: () => void;
    this.online = new Promise((resolve) => {
      ready = resolve;
      w.once('exit', resolve);
    });
    w.on('message', (m: { id: number; ready?: true; value?: PreparedImport; error?: AppError }) => {
      if (m.ready) return ready();
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      clearTimeout(p.timer);
      if (m.error) p.reject(new AppError(m.error.code, m.error.message));
      else p.resolve(m.value!);
      if (this.pending.size === 0) w.unref(); // an idle worker never keeps the process alive
    });
    const died = (e: unknown) => {
      if (this.worker === w) this.worker = null;
      const outOfMemory = (e as { code?: string } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
      for (const [id, p] of this.pending) {
        clearTimeout(p.timer);
        p.reject(
          outOfMemory
            ? new AppError(
                'read_out_of_memory',
                `读取该文件需要的内存超过 ${this.maxHeapMb} MB（上限），文件异常或过大，已停止读取。请确认文件是否正确，或拆分后再导入。`,
              )
            : new AppError('read_failed', '读取文件的后台线程意外退出，请重试。'),
        );
        this.pending.delete(id);
      }
    };
    w.on('error', died);
    w.on('exit', () => died(undefined));
    return w;
  }

  private run(file: PrepareInput, limits: ReadLimits): Promise<PreparedImport> {
    this.worker ??= this.spawn();
    const w = this.worker;
    w.ref();
    const id = this.nextId++;
    return new Promise<PreparedImport>((resolve, reject) => {
      // The readers stop themselves at the time budget; this is the hard stop behind it,
      // counted from when the worker runs (its start-up is not the file's time).
      const hardStop = () => {
        if (!this.pending.has(id)) return;
        this.pending.delete(id);
        if (this.worker === w) this.worker = null;
        void w.terminate();
        reject(
          new AppError(
            'read_timeout',
            `读取用时超过 ${secs(limits.maxMillis)} 秒（每个文件的上限），已停止读取。请确认文件是否正确，或拆分后再导入。`,
          ),
        );
      };
      const pending: Pending = { resolve, reject };
      this.pending.set(id, pending);
      void this.online.then(() => {
        if (this.pending.has(id)) pending.timer = setTimeout(hardStop, limits.maxMillis + 10_000);
      });
      const copy = new Uint8Array(file.bytes); // transferred: the caller's bytes stay usable
      const req: WorkerRequest = { id, file: { ...file, bytes: copy }, limits };
      w.postMessage(req, [copy.buffer]);
    });
  }
}

function safeGazetteerDir(): string | undefined {
  try {
    return gazetteerDir();
  } catch {
    return undefined; // the worker's own search then says what is missing
  }
}
