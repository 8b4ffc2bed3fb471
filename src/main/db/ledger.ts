/**
 * A ledger is one SQLite file at the latest schema. Opening migrates it (after an
 * online backup beside the file) and refuses files from a newer version.
 */
import type Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/app-error';
import { makeBackup } from './backups';
import { migrate, schemaVersion } from './migrate';
import { openDatabase, type OpenOptions } from './open-database';

export interface Ledger {
  readonly db: Database.Database;
  readonly file: string;
  close(): void;
}

/** What reads and writes need of an open ledger: its connection. */
export type LedgerHandle = Pick<Ledger, 'db'>;

export async function openLedger(file: string, opts: OpenOptions = {}): Promise<Ledger> {
  const resolved = path.resolve(file);
  mkdirSync(path.dirname(resolved), { recursive: true });
  const isNew = !existsSync(resolved);
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
  return {
    db,
    file: resolved,
    close: () => {
      if (db.open) {
        try {
          db.pragma('optimize');
        } finally {
          db.close();
        }
      }
    },
  };
}
