/**
 * Replacing a ledger's contents with another ledger file (restore a backup, bring in a
 * whole ledger, and the undo and redo of either) by SQLite's own means, so nothing another
 * connection wrote is lost:
 *
 * 1. the candidate is inspected read-only and refused unless it is exactly our schema,
 *    whole and consistent (ledger-candidate.ts); it is never modified;
 * 2. a private copy of it is brought to the latest schema (staging);
 * 3. under the replace lock (replace-lock.ts), one `BEGIN IMMEDIATE` transaction on the
 *    live connection holds SQLite's write lock while (a) the committed state is saved as a
 *    durable pre-restore backup, (b) every table is emptied and refilled from the copy,
 *    (c) a mark other connections see is left (ledger-watch.ts) and (d) the caller logs the
 *    replacement through withOperation, in the log the copy brought — then commits.
 *
 * The ledger file is never deleted or renamed and no WAL is touched: other processes keep
 * their connections, wait on SQLite's lock while it runs, and read the new contents after.
 * Whatever they committed before is in the pre-restore backup.
 */
import type Database from 'better-sqlite3';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/app-error';
import { backupDirOf, writeBackup } from '../backup-files';
import { inspectLedgerFile, type LedgerSummary } from '../ledger-candidate';
import { schemaDifferences, schemaOf } from '../ledger-schema';
import { RESTORE_MARK_KEY } from '../ledger-watch';
import { migrate } from '../migrate';
import { LATEST_SCHEMA_VERSION } from '../migrations';
import { sqliteConnection } from '../open-database';
import { acquireReplaceLock } from '../replace-lock';
import { writePendingSearchRows } from './deferred-search-index';

export interface ReplaceOutcome extends LedgerSummary {
  /** The backup (its file name) holding the state the replacement took away. */
  preRestoreBackup: string;
}

/** A private, migrated copy of the candidate in backups/ (removed by the caller). */
async function stage(ledgerFile: string, source: string): Promise<string> {
  const dir = backupDirOf(ledgerFile);
  mkdirSync(dir, { recursive: true });
  const staged = path.join(
    dir,
    `incoming-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}.sqlite`,
  );
  copyFileSync(source, staged);
  const db = sqliteConnection(staged);
  try {
    db.pragma('journal_mode = DELETE');
    await migrate(db);
    const diff = schemaDifferences(schemaOf(db), LATEST_SCHEMA_VERSION);
    if (diff.length > 0) throw new AppError('not_a_ledger', `升级后的结构与台账不符：${diff[0]}`);
  } finally {
    db.close();
  }
  return staged;
}

/**
 * Our tables, in schema order, without virtual tables and their shadow tables, nor the
 * search rows still pending or stale (the copied records are all indexed by their triggers),
 * nor the case keys' notes (copied after the records, whose triggers write them).
 */
function copiedTables(db: Database.Database): string[] {
  const rows = db
    .prepare("SELECT name, sql FROM main.sqlite_schema WHERE type = 'table' ORDER BY rowid")
    .all() as { name: string; sql: string }[];
  const virtual = rows.filter((r) => /^CREATE VIRTUAL TABLE/i.test(r.sql)).map((r) => r.name);
  return rows
    .map((r) => r.name)
    .filter(
      (n) =>
        !n.startsWith('sqlite_') &&
        n !== 'fts_pending' &&
        n !== 'fts_stale' &&
        n !== 'case_title_stale' &&
        !virtual.includes(n) &&
        !virtual.some((v) => n.startsWith(`${v}_`)),
    );
}

/**
 * Empties every table and refills it from `incoming`; FTS follows through its triggers.
 * Runs with foreign keys off (set by the caller before the transaction: SQLite's deferred
 * counter miscounts a whole-table delete and refill) and checks them all at the end.
 */
function copyContents(db: Database.Database): void {
  // the records deleted below must each have its search row, for their triggers to take out
  writePendingSearchRows(db);
  const tables = copiedTables(db);
  for (const t of [...tables].reverse()) db.exec(`DELETE FROM main."${t}"`);
  for (const t of tables) db.exec(`INSERT INTO main."${t}" SELECT * FROM incoming."${t}"`);
  // the copied records noted themselves as changed (migration 0017), yet the copy's kept
  // case keys are exactly as true as they were in the copy: its own notes replace them
  db.exec('DELETE FROM main.case_title_stale');
  db.exec('INSERT INTO main.case_title_stale SELECT * FROM incoming.case_title_stale');
  // AUTOINCREMENT counters, when the schema has any (identical schemas: both or neither).
  const hasSequence = db
    .prepare("SELECT 1 FROM main.sqlite_schema WHERE name = 'sqlite_sequence'")
    .get();
  if (hasSequence) {
    db.exec('DELETE FROM main.sqlite_sequence');
    db.exec('INSERT INTO main.sqlite_sequence SELECT * FROM incoming.sqlite_sequence');
  }
  if ((db.pragma('main.foreign_key_check') as unknown[]).length > 0)
    throw new AppError('ledger_corrupt', '恢复后的数据互相引用不一致，已放弃恢复，台账未改动。');
}

/**
 * A new mark every other connection can see: an import running elsewhere stops instead of
 * writing the rest of its batch into contents the user just replaced (ledger-watch.ts).
 * Machinery, not data: it is not logged, and an undo never sets it back.
 */
function markReplaced(db: Database.Database, now: Date): void {
  db.prepare(
    'INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(
    RESTORE_MARK_KEY,
    `${now.toISOString()}/${process.pid}/${Math.random().toString(36).slice(2)}`,
  );
}

/** A read-only connection's online backup: exactly the committed state, while we hold the write lock. */
async function backupCommitted(ledgerFile: string, now: Date): Promise<string> {
  const reader = sqliteConnection(ledgerFile, { readonly: true, fileMustExist: true });
  try {
    return await writeBackup(reader, ledgerFile, 'pre-restore', now);
  } finally {
    reader.close();
  }
}

export interface ReplaceOptions {
  now?: Date;
  /**
   * Logs the replacement (withOperation, or nothing for a redo whose contents already hold
   * their log), inside the transaction, after the copy: `preRestore` names the backup of
   * the state taken away.
   */
  log: (preRestore: string) => void;
}

/**
 * Replaces the contents of the open ledger (connection `ledger.db`, file `ledger.file`)
 * with those of `source`. The caller runs it alone in its process (ledger-gate.ts); this
 * function takes the cross-process lock itself. On any failure the ledger is exactly as it was.
 */
export async function replaceLedgerContents(
  ledger: { readonly db: Database.Database; readonly file: string },
  source: string,
  opts: ReplaceOptions,
): Promise<ReplaceOutcome> {
  const { db, file } = ledger;
  const summary = inspectLedgerFile(source);
  const now = opts.now ?? new Date();
  const staged = await stage(file, source);
  const lock = await acquireReplaceLock(file);
  try {
    db.prepare('ATTACH DATABASE ? AS incoming').run(staged);
    db.pragma('foreign_keys = OFF');
    try {
      db.exec('BEGIN IMMEDIATE');
      try {
        const preRestore = path.basename(await backupCommitted(file, now));
        copyContents(db);
        markReplaced(db, now);
        opts.log(preRestore);
        db.exec('COMMIT');
        return { ...summary, preRestoreBackup: preRestore };
      } catch (e) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw e;
      }
    } finally {
      db.pragma('foreign_keys = ON');
      db.exec('DETACH DATABASE incoming');
    }
  } finally {
    lock.release();
    for (const s of ['', '-journal', '-wal', '-shm']) rmSync(`${staged}${s}`, { force: true });
  }
}
