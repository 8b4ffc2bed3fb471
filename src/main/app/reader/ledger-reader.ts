/**
 * Reads that walk the whole ledger, answered off the request path. The backend answers every
 * page from one thread; 首页's summary counts every live record (a pass over the records table:
 * ~0.2 s of CPU at 100k records, more while the file is cold right after start), and every
 * request that came after it — 操作记录, a grid's first page, an import's preview — waited
 * for it. Here such a read runs in a worker thread with a read-only connection of its own
 * (ledger-reader-entry.ts), and the main thread goes on answering. 首页's deadline counts go
 * there too: they read every stored duty (175,000 at 100,000 records after one import).
 *
 * Only reads go there, and only those that must see the whole ledger: everything a page reads
 * by key or by index stays on the main connection, and every write stays on the one write path.
 * A read is answered as of the last commit (WAL), which is what the same read on the main
 * thread would have seen once the writes before it were done. When the thread cannot answer
 * (it failed to start, or ended), the read runs on the main connection as before.
 */
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/app-error';
import type { HomeSummary } from '../../../shared/domain';
import type { DeadlineMonth, DeadlinePage } from '../../../shared/deadline-pages';
import type { DeadlineGlance } from '../../../shared/schedule';
import type { DeadlinePageQuery } from '../schedule/deadline-page';
import { workerScript } from '../worker-script';

/** The reads the thread answers, what each is asked and what each gives. */
export type AsideRead =
  | { method: 'home/summary'; input: Record<string, never>; value: HomeSummary }
  | { method: 'deadlines/glance'; input: { asOf?: string; months: number }; value: DeadlineGlance }
  | { method: 'deadlines/page'; input: DeadlinePageQuery; value: DeadlinePage }
  | {
      method: 'deadlines/month';
      input: { asOf?: string; month: string; filter?: string };
      value: DeadlineMonth;
    };

interface Pending {
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
}

export class LedgerReader {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(private readonly file: string) {}

  /**
   * Starts the thread now, so the first page's read does not pay its start. A thread that
   * cannot start (its script not found, not bundled) never stops the app: reads fall back.
   */
  warm(): void {
    try {
      this.worker ??= this.spawn();
    } catch {
      // the first read says so, and its caller reads on the main connection
    }
  }

  read<M extends AsideRead['method']>(
    method: M,
    input?: Extract<AsideRead, { method: M }>['input'],
  ): Promise<Extract<AsideRead, { method: M }>['value']> {
    let w: Worker;
    try {
      w = this.worker ??= this.spawn();
    } catch (e) {
      // a rejection, not a throw: callers fall back with .catch
      return Promise.reject(e);
    }
    const id = this.nextId++;
    w.ref();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      w.postMessage({ id, method, input });
    });
  }

  /** Closes the thread's connection, then the thread (ended outright if it does not stop). */
  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (!w) return;
    const exited = new Promise<void>((resolve) => w.once('exit', () => resolve()));
    w.postMessage('close');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
    await w.terminate();
  }

  private spawn(): Worker {
    // execArgv empty: the thread's code is plain JavaScript (worker-script.ts), and inheriting a
    // TypeScript loader from a run from source made its start several times slower.
    const w = new Worker(workerScript('ledger-reader'), {
      workerData: { file: this.file },
      execArgv: [],
    });
    w.on(
      'message',
      (m: { id: number; value?: unknown; error?: { code: string; message: string } }) => {
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        if (m.error) p.reject(new AppError(m.error.code, m.error.message));
        else p.resolve(m.value);
        // an idle reader never keeps the process alive
        if (this.pending.size === 0) w.unref();
      },
    );
    const ended = (e?: unknown) => {
      if (this.worker === w) this.worker = null;
      const held = [...this.pending.values()];
      this.pending.clear();
      for (const p of held) p.reject(e ?? new Error('ledger reader ended'));
    };
    w.on('error', ended);
    w.on('exit', () => ended());
    w.unref();
    return w;
  }
}
