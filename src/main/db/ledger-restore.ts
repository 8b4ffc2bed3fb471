/**
 * Replacing a ledger's contents with another ledger file (restore a backup, bring in a
 * whole ledger) by SQLite's own means, so nothing another connection wrote is lost:
 *
 * 1. the candidate is inspected read-only and refused unless it is exactly our schema,
 *    whole and consistent (ledger-candidate.ts); it is never modified;
 * 2. a private copy of it is brought to the latest schema (staging);
 * 3. under the replace lock (replace-lock.ts), one `BEGIN IMMEDIATE` transaction on the
 *    live connection holds SQLite's write lock while (a) the committed state is saved as a
 *    durable pre-restore backup and (b) every table is emptied and refilled from the copy,
 *    and the replacement is logged as an operation — then commits.
 *
 * The ledger file is never deleted or renamed and no WAL is touched: other processes keep
 * their connections, wait on SQLite's lock while it runs, and read the restored contents
 * after. Whatever they committed before is in the pre-restore backup.
 */
import type Database from 'better-sqlite3';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../core/app-error';
import { backupDirOf, writeBackup } from './backup-files';
import { inspectLedgerFile, type LedgerSummary } from './ledger-candidate';
import { schemaDifferences, schemaOf } from './ledger-schema';
import { markRestored } from './ledger-watch';
import { migrate } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { sqliteConnection } from './open-database';
import { registerOperationKind, startOperation } from './operation-log';
import { acquireReplaceLock } from './replace-lock';

export interface RestoreOutcome extends LedgerSummary {
  /** The backup holding the state the restore replaced. */
  preRestoreBackup: string;
}

export interface RestoreOptions {
  /** How the operation log names it: a backup restored, or a ledger file brought in. */
  kind: 'restore' | 'ledger_import';
  /** The backup's name or the imported file's, for the log. */
  label: string;
  now?: Date;
}

// A restore cannot be replayed from the log (it replaced everything); undo says how to go back.
for (const kind of ['restore', 'ledger_import'] as const) {
  const refuse = (): never => {
    throw new AppError(
      'restore_not_undoable',
      '恢复备份（或导入台账文件）不能用“撤销”退回。要回到恢复前的状态，请在“备份”页恢复名为“恢复前自动”的那份备份。',
    );
  };
  registerOperationKind(kind, { undo: refuse, redo: refuse });
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

/** Our tables, in schema order, without virtual tables and their shadow tables. */
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
  const tables = copiedTables(db);
  for (const t of [...tables].reverse()) db.exec(`DELETE FROM main."${t}"`);
  for (const t of tables) db.exec(`INSERT INTO main."${t}" SELECT * FROM incoming."${t}"`);
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

/** A read-only connection's online backup: exactly the committed state, while we hold the write lock. */
async function backupCommitted(ledgerFile: string, now: Date): Promise<string> {
  const reader = sqliteConnection(ledgerFile, { readonly: true, fileMustExist: true });
  try {
    return await writeBackup(reader, ledgerFile, 'pre-restore', now);
  } finally {
    reader.close();
  }
}

/**
 * Replaces the contents of the open ledger `db` (file `ledgerFile`) with those of
 * `source`. The caller runs it alone in its process (ledger-gate.ts); this function takes
 * the cross-process lock itself. On any failure the ledger is exactly as it was.
 */
export async function restoreLedger(
  db: Database.Database,
  ledgerFile: string,
  source: string,
  opts: RestoreOptions,
): Promise<RestoreOutcome> {
  const summary = inspectLedgerFile(source);
  const now = opts.now ?? new Date();
  const staged = await stage(ledgerFile, source);
  const lock = await acquireReplaceLock(ledgerFile);
  try {
    db.prepare('ATTACH DATABASE ? AS incoming').run(staged);
    db.pragma('foreign_keys = OFF');
    try {
      db.exec('BEGIN IMMEDIATE');
      try {
        const preRestore = await backupCommitted(ledgerFile, now);
        copyContents(db);
        const what =
          opts.kind === 'restore' ? `恢复备份 ${opts.label}` : `导入台账文件 ${opts.label}`;
        startOperation(
          db,
          {
            kind: opts.kind,
            summary: `${what}（恢复前的状态已保存为备份 ${path.basename(preRestore)}）`,
            actor: 'user',
          },
          now.toISOString(),
        );
        markRestored(db, now);
        db.exec('COMMIT');
        return { ...summary, preRestoreBackup: path.basename(preRestore) };
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
