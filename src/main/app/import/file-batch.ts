/**
 * How a batch of files reaches the ledger: files are read ahead (the import worker reads
 * the next ones while this thread writes), then written several to a transaction, each
 * file in a savepoint of its own. One commit for several files saves the durable flush
 * each commit costs (WAL, synchronous=FULL), yet a file that fails still leaves nothing of
 * itself behind and the others go in. A transaction takes more files only while it has run
 * for less than TX_BUDGET_MS, so other doors and processes waiting on the write lock
 * (busy_timeout) and the event loop of this one are never held up for long.
 */
import type Database from 'better-sqlite3';

/**
 * Files read ahead of the one being written. The worker reads a file in less time than this
 * thread writes it, so it runs ahead until this bound and then idles; a transaction takes
 * only files already read, so the bound is also the most files one commit can hold. At 4, 100
 * generated notices took ~60 commits on a loaded machine; at 16 (about what TX_BUDGET_MS
 * writes) ~25-30, each a durable flush saved. The drafts waiting are small beside the files
 * the caller holds.
 */
const READ_AHEAD = 16;
/** A transaction stops taking files once it has run this long (the next file opens another). */
export const TX_BUDGET_MS = 250;

export type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

/** Reads files in order, at most READ_AHEAD ahead of the next one wanted. */
export class ReadAhead<F, R> {
  private readonly started = new Map<number, Promise<Settled<R>>>();
  private readonly done = new Map<number, Settled<R>>();

  constructor(
    private readonly files: readonly F[],
    private readonly read: (file: F) => Promise<R>,
  ) {}

  /**
   * File `from` once read, and the files after it already read (in order, no gap). Files
   * before `from` are done with; the others stay, for the next call when not all are used.
   */
  async from(from: number): Promise<Settled<R>[]> {
    for (const i of [...this.started.keys()].filter((k) => k < from)) {
      this.started.delete(i);
      this.done.delete(i);
    }
    for (let i = from; i < Math.min(this.files.length, from + READ_AHEAD); i++) this.start(i);
    const out = [await this.started.get(from)!];
    // Answers the worker sent while this thread was writing wait as events: take them all
    // now, so the files already read go into one transaction (one durable commit) together.
    await new Promise<void>((resolve) => setImmediate(resolve));
    for (let i = from + 1; this.done.has(i); i++) out.push(this.done.get(i)!);
    return out;
  }

  private start(i: number): void {
    if (this.started.has(i) || this.done.has(i)) return;
    const p = Promise.resolve()
      .then(() => this.read(this.files[i]!))
      .then(
        (value): Settled<R> => ({ ok: true, value }),
        (error: unknown): Settled<R> => ({ ok: false, error }),
      )
      .then((s) => {
        this.done.set(i, s);
        return s;
      });
    this.started.set(i, p);
  }
}

/**
 * Writes items in one IMMEDIATE transaction, each through `writeOne` (whose own
 * transaction becomes a savepoint: a failure rolls back that item only), until the budget
 * is spent. Returns each written item's result, in order; the caller writes the rest in
 * the next transaction. If the transaction itself is lost (its commit fails, or SQLite
 * rolled it back whole), every item of it fails with that error: none of them is stored.
 */
export function writeInOneTransaction<I, W>(
  db: Database.Database,
  items: readonly I[],
  writeOne: (item: I) => W,
  /** A failure after which no further item may be written (the ledger changed under it). */
  stops: (error: unknown) => boolean = () => false,
): Settled<W>[] {
  const out: Settled<W>[] = [];
  let attempted = 0;
  const t0 = performance.now();
  try {
    db.transaction(() => {
      for (const item of items) {
        if (attempted > 0 && performance.now() - t0 > TX_BUDGET_MS) break;
        attempted++;
        try {
          out.push({ ok: true, value: writeOne(item) });
        } catch (error) {
          // SQLite rolls a whole transaction back on some errors (disk full, I/O):
          // then nothing of this transaction is stored and it must not go on in autocommit.
          if (!db.inTransaction) throw error;
          out.push({ ok: false, error });
          if (stops(error)) break;
        }
      }
    }).immediate();
  } catch (error) {
    return Array.from({ length: Math.max(attempted, 1) }, () => ({ ok: false, error }));
  }
  return out;
}
