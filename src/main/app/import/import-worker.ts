/**
 * Imports read their files off the request path: one worker thread prepares files one at
 * a time (read → extract → drafts) while the main thread keeps answering other requests
 * (browser mode, the desktop window) or writes the files read before. The files of an
 * import are all sent at once, so the worker never waits for the main thread to take one
 * answer before it starts the next file. The worker is also the hard stop behind the readers'
 * budgets: it runs with a memory ceiling, and a file that takes longer than the time
 * budget is cancelled by ending the thread — the next file gets a fresh one.
 */
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/app-error';
import { gazetteerDir } from '../../core/gazetteer/gazetteer-data';
import type { WorkerDrop, WorkerRequest } from './import-worker-entry';
import type { KeptFile } from './extraction-cache';
import { importWorkerScript } from '../worker-script';
import type { PrepareInput, PreparedImport } from '../../core/import/prepare-import';
import { READ_LIMITS, type ReadLimits } from '../../core/import/readers';

export interface ImportWorkerOptions {
  /** Limits for every file (defaults: READ_LIMITS). */
  limits?: Partial<ReadLimits>;
  /** The worker's heap ceiling; a file that needs more is refused, not the app brought down. */
  maxHeapMb?: number;
}

/** A file sent to the worker and not answered yet. */
interface Job {
  id: number;
  file: PrepareInput;
  limits: ReadLimits;
  resolve: (p: PreparedImport) => void;
  reject: (e: unknown) => void;
  /** The thread it was sent to (a file behind one that ended a thread is sent to the next). */
  worker: Worker | null;
  /** The hard stop, armed once the file is the one the worker runs. */
  timer?: NodeJS.Timeout;
}

const secs = (ms: number) => Math.round(ms / 1000);

export class ImportWorker {
  private worker: Worker | null = null;
  /** Resolves once the current worker has loaded its code: its start-up is not the file's time. */
  private online: Promise<void> = Promise.resolve();
  /**
   * Files sent and not answered, in the order the worker reads them (one at a time): the
   * first is the one it runs. They are all sent at once, so the worker reads the next file
   * while the main thread is busy writing the last one, instead of waiting for the main
   * thread to take each answer before it gets the next file.
   */
  private jobs: Job[] = [];
  /** Threads ended by close(): what they still held fails instead of moving on. */
  private readonly closed = new WeakSet<Worker>();
  private nextId = 1;
  private readonly limits: ReadLimits;
  private readonly maxHeapMb: number;

  constructor(opts: ImportWorkerOptions = {}) {
    this.limits = { ...READ_LIMITS, ...opts.limits };
    this.maxHeapMb = opts.maxHeapMb ?? 1024;
  }

  /** Prepares one file in the worker; files are read one behind the other, in call order. */
  readonly prepare = (file: PrepareInput, limits?: Partial<ReadLimits>): Promise<PreparedImport> =>
    new Promise<PreparedImport>((resolve, reject) => {
      const job: Job = {
        id: this.nextId++,
        file,
        limits: { ...this.limits, ...limits },
        resolve,
        reject,
        worker: null,
      };
      this.jobs.push(job);
      this.send(job);
      this.armFirst();
    });

  /**
   * Lets the worker go of a file's kept extraction: its commit is stored (told by the import
   * through prepared-cache.ts), so nothing asks for it again; kept, it would be held until
   * newer previews pushed it out. A worker ended since keeps nothing.
   */
  readonly drop = (file: KeptFile): void => {
    if (!this.worker || !file.sha256) return;
    const msg: WorkerDrop = { drop: { sha256: file.sha256, name: file.name } };
    this.worker.postMessage(msg);
  };

  /**
   * Starts the worker now and resolves when it is ready (code and gazetteer loaded), so the
   * first import does not wait for it. Doors call it at start-up.
   */
  async warm(): Promise<void> {
    this.worker ??= this.spawn();
    const w = this.worker;
    await this.online;
    if (!this.jobs.some((j) => j.worker === w)) w.unref();
  }

  /** Ends the worker (it is started again on the next file). */
  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (!w) return;
    this.closed.add(w);
    await w.terminate();
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
      const at = this.jobs.findIndex((j) => j.id === m.id && j.worker === w);
      if (at < 0) return;
      const [job] = this.jobs.splice(at, 1);
      clearTimeout(job!.timer);
      if (m.error) job!.reject(new AppError(m.error.code, m.error.message));
      else job!.resolve(m.value!);
      this.armFirst();
      // an idle worker never keeps the process alive
      if (!this.jobs.some((j) => j.worker === w)) w.unref();
    });
    const died = (e: unknown) => {
      if (this.worker === w) this.worker = null;
      const held = this.jobs.filter((j) => j.worker === w);
      if (held.length === 0) return;
      // The worker reads its files in order: the first it held is the one that ended it.
      // The files behind it did nothing wrong; they go to a fresh worker (unless closed).
      const failed = this.closed.has(w) ? held : held.slice(0, 1);
      this.jobs = this.jobs.filter((j) => !failed.includes(j));
      const outOfMemory = (e as { code?: string } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
      for (const job of failed) {
        clearTimeout(job.timer);
        job.reject(
          outOfMemory
            ? new AppError(
                'read_out_of_memory',
                `读取该文件需要的内存超过 ${this.maxHeapMb} MB（上限），文件异常或过大，已停止读取。请确认文件是否正确，或拆分后再导入。`,
              )
            : new AppError('read_failed', '读取文件的后台线程意外退出，请重试。'),
        );
      }
      this.resend();
    };
    w.on('error', died);
    w.on('exit', () => died(undefined));
    return w;
  }

  /** Sends a file to the current worker (started if there is none). */
  private send(job: Job): void {
    this.worker ??= this.spawn();
    const w = this.worker;
    w.ref();
    job.worker = w;
    const copy = new Uint8Array(job.file.bytes); // transferred: the caller's bytes stay usable
    const req: WorkerRequest = {
      id: job.id,
      file: { ...job.file, bytes: copy },
      limits: job.limits,
    };
    w.postMessage(req, [copy.buffer]);
  }

  /** The files a worker held behind the one that ended it, sent to a fresh worker in order. */
  private resend(): void {
    for (const job of this.jobs) {
      if (job.worker === this.worker && this.worker !== null) continue;
      clearTimeout(job.timer);
      job.timer = undefined;
      this.send(job);
    }
    this.armFirst();
  }

  /**
   * The readers stop themselves at the time budget; this is the hard stop behind it, armed
   * for the file the worker runs now, counted from when the worker runs (its start-up, and
   * the files read before it, are not the file's time).
   */
  private armFirst(): void {
    const job = this.jobs[0];
    if (!job || job.timer) return;
    void this.online.then(() => {
      if (this.jobs[0] !== job || job.timer) return;
      job.timer = setTimeout(() => this.hardStop(job), job.limits.maxMillis + 10_000);
    });
  }

  private hardStop(job: Job): void {
    if (this.jobs[0] !== job) return;
    this.jobs.shift();
    const w = job.worker;
    if (w && this.worker === w) this.worker = null;
    // What the worker held behind this file moves to a fresh one before it is ended.
    for (const j of this.jobs) if (j.worker === w) j.worker = null;
    if (w) void w.terminate();
    job.reject(
      new AppError(
        'read_timeout',
        `读取用时超过 ${secs(job.limits.maxMillis)} 秒（每个文件的上限），已停止读取。请确认文件是否正确，或拆分后再导入。`,
      ),
    );
    this.resend();
  }
}

function safeGazetteerDir(): string | undefined {
  try {
    return gazetteerDir();
  } catch {
    return undefined; // the worker's own search then says what is missing
  }
}
