/**
 * Brings a ledger to the latest schema: each migration in its own transaction, the
 * version in PRAGMA user_version, an online backup of the file first, and a refusal
 * to touch a ledger written by a newer Taizhang (it could lose data we do not know of).
 */
import type Database from 'better-sqlite3';
import { AppError } from '../../shared/app-error';
import { MIGRATIONS, LATEST_SCHEMA_VERSION } from './migrations';
import type { Migration } from './migrations/types';

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function checkMigrationList(list: readonly Migration[]): void {
  list.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new Error(
        `migration list out of order at ${m.name}: expected ${i + 1}, got ${m.version}`,
      );
    }
  });
}

export interface MigrateOptions {
  /** Migrate only up to this version (tests step through versions with data). */
  target?: number;
  /** Called before the first step on a non-empty ledger; must finish the backup. */
  backup?: (fromVersion: number) => Promise<void>;
  migrations?: readonly Migration[];
}

export async function migrate(db: Database.Database, opts: MigrateOptions = {}): Promise<number> {
  const list = opts.migrations ?? MIGRATIONS;
  checkMigrationList(list);
  const latest = list.length;
  const target = opts.target ?? latest;
  const current = schemaVersion(db);
  if (current > latest) {
    throw new AppError(
      'ledger_too_new',
      `该台账文件由更新版本的台账软件创建（结构版本 ${current}，本软件支持到 ${latest}），为免丢失数据，拒绝打开。请升级软件。`,
      { fileVersion: current, supported: latest },
    );
  }
  if (current >= target) return current;
  if (current > 0 && opts.backup) await opts.backup(current);
  for (const m of list.slice(current, target)) {
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
  if (current > 0) db.pragma('optimize');
  return schemaVersion(db);
}

export { LATEST_SCHEMA_VERSION };
