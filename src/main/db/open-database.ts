/**
 * Opens a SQLite file with the pragmas every ledger needs.
 * WAL + synchronous=FULL: a committed transaction survives a crash or power loss;
 * busy_timeout lets the desktop app, browser mode and the CLI share one file.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { registerSearchFunctions } from './queries/pending-search';

export interface OpenOptions {
  readonly?: boolean;
  /** Path to a better-sqlite3 binary built for this runtime (Electron uses its own ABI). */
  nativeBinding?: string;
}

/**
 * A bare connection (no pragmas) with the right native binding for this runtime: what
 * every other connection of the app uses — candidates read-only, staging copies, the
 * in-memory schema reference — so none of them loads the wrong build under Electron.
 */
export function sqliteConnection(
  file: string,
  opts: { readonly?: boolean; fileMustExist?: boolean; nativeBinding?: string } = {},
): Database.Database {
  const nativeBinding = opts.nativeBinding ?? electronBinding();
  const db = new Database(file, {
    readonly: opts.readonly ?? false,
    fileMustExist: opts.fileMustExist ?? false,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
  // quick search matches records whose search rows are pending with it (pending-search.ts)
  registerSearchFunctions(db);
  return db;
}

/** The page cache per connection, in KiB, as SQLite takes it (negative). */
const PAGE_CACHE_KIB = -32_768;

/** WAL pages between automatic checkpoints (SQLite's default: 1,000). */
const WAL_CHECKPOINT_PAGES = 8192;

export function openDatabase(file: string, opts: OpenOptions = {}): Database.Database {
  const db = sqliteConnection(file, opts);
  db.pragma('busy_timeout = 5000');
  if (!opts.readonly) {
    db.pragma('journal_mode = WAL');
  }
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Statement journals and sort spills stay in memory: as temp files they were a fifth of
  // an import's native time, and a ledger's transactions are small enough to hold.
  db.pragma('temp_store = MEMORY');
  // A page cache of 32 MiB instead of SQLite's 2 MiB: an import's checks on a large ledger
  // read the records filed near each notice (a few thousand, scattered over the file as the
  // notices that brought them were), and later notices read many of them again. At 2 MiB
  // those pages were gone by then and every row cost a read from the file; memory is taken
  // only as pages are read, so a small ledger's connection stays small.
  db.pragma(`cache_size = ${PAGE_CACHE_KIB}`);
  if (!opts.readonly) {
    // A checkpoint copies the WAL back into the file and flushes both; at SQLite's default
    // (every 1,000 pages) an import of notices, each its own commit of a hundred or more
    // pages (every record touches the grid's indexes), checkpointed every few notices.
    // Every 8,192 pages (32 MB at most) a page rewritten by many notices is copied once.
    // Commits stay as durable as before; only the WAL grows larger between checkpoints.
    db.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
  }
  return db;
}

/**
 * Under Electron the Node build of better-sqlite3 cannot load (different ABI), so the
 * desktop start path rebuilds a copy into .electron-native/ and we point at it here.
 * Packaged apps get their own rebuilt module from electron-builder and need nothing.
 */
function electronBinding(): string | undefined {
  if (!process.versions.electron) return undefined;
  const explicit = process.env.TAIZHANG_SQLITE_BINDING;
  if (explicit) return explicit;
  const candidate = path.resolve(
    process.cwd(),
    '.electron-native/node_modules/better-sqlite3/build/Release/better_sqlite3.node',
  );
  return existsSync(candidate) ? candidate : undefined;
}
