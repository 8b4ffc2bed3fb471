/**
 * A ledger is one SQLite file at the latest schema. An existing file is first looked at
 * read-only (ledger-candidate.ts): a foreign SQLite file, one from a newer version or one
 * whose schema is not exactly ours is refused before anything is written to it. Then it
 * is opened, migrated (after an online backup beside the file), and stray temporary files
 * from earlier crashes are cleaned.
 */
import type Database from 'better-sqlite3';
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/app-error';
import { makeBackup } from './backups';
import { classifyLedgerFile } from './ledger-candidate';
import { assertSameFile, fileIdentity, type FileIdentity } from './ledger-watch';
import { migrate, schemaVersion } from './migrate';
import { openDatabase, type OpenOptions } from './open-database';
import { cleanStrayFiles } from './stray-files';
import { writePendingSearchRows } from './write/deferred-search-index';

export interface Ledger {
  readonly db: Database.Database;
  readonly file: string;
  /** Which file the connection has open, to notice a file replaced under it. */
  readonly identity: FileIdentity | null;
  /** Throws when the path no longer names the file this connection has open. */
  assertSameFile(): void;
  close(): void;
}

/** What reads and writes need of an open ledger: its connection. */
export type LedgerHandle = Pick<Ledger, 'db'>;

function sizeOf(file: string): number | null {
  try {
    return statSync(file).size;
  } catch {
    return null;
  }
}

/**
 * Imported records' search rows still pending are written as the ledger closes. If another
 * connection holds the write lock, they stay pending: searches find them all the same, and
 * the next import writes them. Closing never waits long for that.
 */
function writeSearchRowsOnClose(db: Database.Database): void {
  try {
    db.pragma('busy_timeout = 250');
    writePendingSearchRows(db);
  } catch {
    // pending rows are kept, consistent with their records (deferred-search-index.ts)
  }
}

/**
 * The WAL copied back into the file as the ledger closes. SQLite does so by itself only when
 * the closing connection is the file's last, and another may still be open (the reader thread's,
 * which the desktop backend ends without waiting; a second process's): the WAL then stayed, and
 * a copy of the file alone lacked the last commits. Readers mid-read make it give up after the
 * busy wait, as it would at any checkpoint.
 */
function checkpointOnClose(db: Database.Database): void {
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // the WAL stays; whoever opens the file next reads it
  }
}

export async function openLedger(file: string, opts: OpenOptions = {}): Promise<Ledger> {
  const resolved = path.resolve(file);
  mkdirSync(path.dirname(resolved), { recursive: true });
  const size = sizeOf(resolved);
  // Read-only first: a file we must refuse is never switched to WAL or migrated.
  const isNew = size === null || size === 0 || classifyLedgerFile(resolved) === 'empty';
  let db: Database.Database;
  try {
    db = openDatabase(resolved, opts);
    schemaVersion(db); // a throw-away read: a non-SQLite file fails here, not mid-import
  } catch (e) {
    throw new AppError(
      'ledger_unreadable',
      `无法打开台账文件 ${resolved}：它不是有效的台账（SQLite）文件或已损坏。(${String(e)})`,
    );
  }
  try {
    await migrate(db, {
      backup: async () => {
        if (!isNew) await makeBackup(db, resolved, 'migration');
      },
    });
  } catch (e) {
    db.close();
    throw e;
  }
  try {
    cleanStrayFiles(resolved);
  } catch {
    // Tidying up is a courtesy: a folder we cannot list must not stop the ledger opening.
  }
  const identity = fileIdentity(resolved);
  return {
    db,
    file: resolved,
    identity,
    assertSameFile: () => assertSameFile(resolved, identity),
    close: () => {
      if (db.open) {
        try {
          if (!opts.readonly) {
            writeSearchRowsOnClose(db);
            checkpointOnClose(db);
          }
          db.pragma('optimize');
        } finally {
          db.close();
        }
      }
    },
  };
}
