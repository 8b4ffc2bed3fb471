/**
 * Looking at a file before it may become the ledger — a backup to restore, a whole
 * ledger brought in, or a file given as `--db` — without changing it: it is opened
 * read-only (no WAL switch, no migration), its version and exact schema are checked,
 * and for a file that will replace the ledger also `integrity_check` and
 * `foreign_key_check`. Anything else is refused with a Chinese message.
 */
import type Database from 'better-sqlite3';
import { existsSync, rmSync } from 'node:fs';
import { AppError } from '../../shared/app-error';
import { liveRecord } from './queries/live';
import { schemaDifferences, schemaOf } from './ledger-schema';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { sqliteConnection } from './open-database';

export interface LedgerSummary {
  schemaVersion: number;
  notices: number;
  records: number;
  lastImport: string | null;
}

/** What an existing file is, as far as opening it as the ledger goes. */
export type LedgerFileKind = 'empty' | 'ledger';

function openReadOnly(file: string): Database.Database {
  try {
    const db = sqliteConnection(file, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    db.prepare('SELECT count(*) FROM sqlite_schema').get(); // a non-SQLite file fails here
    return db;
  } catch (e) {
    throw new AppError(
      'ledger_unreadable',
      `无法打开 ${file}：它不是有效的台账（SQLite）文件或已损坏（${e instanceof Error ? e.message : String(e)}）。请确认选对了文件。`,
    );
  }
}

const tooNew = (version: number) =>
  new AppError(
    'ledger_too_new',
    `该文件由更新版本的台账软件创建（结构版本 ${version}，本软件支持到 ${LATEST_SCHEMA_VERSION}），为免丢失数据，未做任何改动。请升级软件后再打开。`,
    { fileVersion: version, supported: LATEST_SCHEMA_VERSION },
  );

const notALedger = (why: string) =>
  new AppError(
    'not_a_ledger',
    `该文件不是台账文件（${why}），未做任何改动。请选择台账导出的文件或备份。`,
  );

/** Version and exact schema; throws unless the file is one of our ledgers at a known version. */
function checkShape(db: Database.Database): { version: number; empty: boolean } {
  const version = db.pragma('user_version', { simple: true }) as number;
  const objects = schemaOf(db);
  if (version === 0 && objects.size === 0) return { version, empty: true };
  if (version > LATEST_SCHEMA_VERSION) throw tooNew(version);
  if (version < 1) throw notALedger('没有台账的结构版本号');
  const diff = schemaDifferences(objects, version);
  if (diff.length > 0) throw notALedger(`结构与台账不符：${diff.join('；')}`);
  return { version, empty: false };
}

/**
 * Decides, read-only, whether an existing file may be opened as the ledger: an empty
 * SQLite file becomes a new ledger; one of ours at any version up to ours is opened (and
 * migrated by the caller); anything else is refused before a single byte is written.
 */
export function classifyLedgerFile(file: string): LedgerFileKind {
  const db = openReadOnly(file);
  try {
    return checkShape(db).empty ? 'empty' : 'ledger';
  } finally {
    db.close();
  }
}

/**
 * Reads a file that is to replace the ledger (restore, whole-ledger import) without
 * changing it, refusing anything that is not a whole, consistent ledger this version can
 * open. Returns what it holds, for the preview.
 */
export function inspectLedgerFile(file: string): LedgerSummary {
  // A file saved in WAL mode gets -wal and -shm companions as soon as anyone reads it,
  // even read-only, and a reader cannot remove them. Looking at a backup must leave the
  // folder as it was: the companions this look made are removed once it is closed.
  const companions = ['-wal', '-shm'].map((s) => file + s).filter((f) => !existsSync(f));
  const db = openReadOnly(file);
  try {
    const { version, empty } = checkShape(db);
    if (empty) throw notALedger('文件是空的');
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') {
      throw new AppError(
        'ledger_corrupt',
        '该文件已损坏（完整性检查未通过），不能用于恢复。请换一个备份。',
      );
    }
    if ((db.pragma('foreign_key_check') as unknown[]).length > 0) {
      throw new AppError(
        'ledger_corrupt',
        '该文件中的数据互相引用不一致（外键检查未通过），不能用于恢复。请换一个备份。',
      );
    }
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return {
      schemaVersion: version,
      notices: count('SELECT count(*) AS n FROM notices'),
      records: count(`SELECT count(*) AS n FROM records r WHERE ${liveRecord('r')}`),
      lastImport: (
        db.prepare('SELECT max(imported_at) AS t FROM notices').get() as { t: string | null }
      ).t,
    };
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw notALedger(e instanceof Error ? e.message : String(e));
  } finally {
    db.close();
    for (const f of companions) rmSync(f, { force: true });
  }
}
