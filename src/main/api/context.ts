import type { ProgressListener } from '../app/progress';
import type { LedgerReader } from '../app/reader/ledger-reader';
import type { PrepareFn } from '../core/import/prepare-import';
import type { Ledger } from '../db/ledger';

/** What every handler is given: the open ledger and which door the call came through. */
export interface ApiContext {
  ledger: Ledger;
  door: 'desktop' | 'browser' | 'cli';
  /** Where exports may be written when the caller gives no path (browser mode: a temp dir). */
  exportDir?: string;
  /** How imports read and extract files (the doors use a worker thread; default in-thread). */
  prepareImport?: PrepareFn;
  /** Told of each committed file once it is stored: what was kept for its commit can go. */
  importStored?: (file: { sha256: string; name: string }) => void;
  /**
   * Where whole-ledger reads run (the doors: a thread with a read-only connection, so other
   * requests are answered meanwhile); without one they run on the ledger's own connection.
   */
  reader?: Pick<LedgerReader, 'read'>;
  /** Told how long work (import, duplicate check, export, backup) is going, if anyone listens. */
  onProgress?: ProgressListener;
}
