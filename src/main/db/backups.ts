/**
 * Online backups of a ledger with better-sqlite3's backup API (consistent while the app
 * keeps working), kept beside the ledger in backups/, pruned by the retention rule.
 * Restoring first backs up the current state, so a restore can itself be undone.
 */
import type Database from 'better-sqlite3';
import { liveRecord } from './queries/live';
import { copyFileSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/app-error';
import {
  type BackupInfo,
  DEFAULT_RETENTION,
  planRetention,
  type RetentionRule,
} from './backup-retention';
import { LATEST_SCHEMA_VERSION } from './migrate';
import { openDatabase } from './open-database';

export type BackupReason = 'daily' | 'migration' | 'manual' | 'pre-restore';

export const backupDirOf = (ledgerFile: string) => path.join(path.dirname(ledgerFile), 'backups');

const NAME = /^(.+)\.(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)\.([a-z-]+)\.bak$/;

export function backupName(ledgerFile: string, reason: string, at: Date): string {
  return `${path.basename(ledgerFile)}.${at.toISOString().replace(/[:.]/g, '-')}.${reason}.bak`;
}

export function listBackups(ledgerFile: string): (BackupInfo & { size: number })[] {
  const dir = backupDirOf(ledgerFile);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const base = path.basename(ledgerFile);
  return names
    .map((n) => ({ n, m: NAME.exec(n) }))
    .filter((x): x is { n: string; m: RegExpExecArray } => !!x.m && x.m[1] === base)
    .map(({ n, m }) => {
      const iso = m[2]!.replace(
        /^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/,
        '$1:$2:$3.$4Z',
      );
      const file = path.join(dir, n);
      return { file, at: new Date(iso), reason: m[3]!, size: statSync(file).size };
    })
    .sort((a, b) => b.at.getTime() - a.at.getTime());
}

export async function makeBackup(
  db: Database.Database,
  ledgerFile: string,
  reason: BackupReason,
  now = new Date(),
): Promise<string> {
  const dir = backupDirOf(ledgerFile);
  mkdirSync(dir, { recursive: true });
  const target = path.join(dir, backupName(ledgerFile, reason, now));
  // Written under a temporary name and renamed: a crash never leaves a half backup that looks whole.
  const partial = `${target}.partial`;
  await db.backup(partial);
  renameSync(partial, target);
  return target;
}

export function pruneBackups(
  ledgerFile: string,
  rule: RetentionRule = DEFAULT_RETENTION,
): string[] {
  const { remove } = planRetention(listBackups(ledgerFile), rule);
  for (const b of remove) rmSync(b.file, { force: true });
  return remove.map((b) => b.file);
}

/** The once-a-day backup, made on the first use of a day. */
export async function dailyBackupIfDue(
  db: Database.Database,
  ledgerFile: string,
  now = new Date(),
): Promise<string | null> {
  const today = now.toISOString().slice(0, 10);
  if (listBackups(ledgerFile).some((b) => b.at.toISOString().slice(0, 10) === today)) return null;
  const file = await makeBackup(db, ledgerFile, 'daily', now);
  pruneBackups(ledgerFile);
  return file;
}

export interface LedgerSummary {
  schemaVersion: number;
  notices: number;
  records: number;
  lastImport: string | null;
}

/**
 * Reads a backup (or any ledger file) without changing it, refusing what is not a ledger
 * this version can open: the preview before a restore, and the check before importing one.
 */
export function inspectLedgerFile(file: string): LedgerSummary {
  let db: Database.Database | null = null;
  try {
    db = openDatabase(file, { readonly: true });
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_SCHEMA_VERSION) {
      throw new AppError(
        'ledger_too_new',
        `该文件由更新版本的台账软件创建（结构版本 ${version}），无法在本版本中恢复。`,
      );
    }
    if (db.pragma('quick_check', { simple: true }) !== 'ok') {
      throw new AppError('ledger_corrupt', '该文件已损坏（完整性检查未通过），不能用于恢复。');
    }
    const has = db
      .prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name='notices'")
      .get();
    if (version < 1 || !has) throw new AppError('not_a_ledger', '该文件不是台账文件。');
    const count = (sql: string) => (db!.prepare(sql).get() as { n: number }).n;
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
    throw new AppError(
      'not_a_ledger',
      `无法读取该文件：它不是有效的台账文件（${e instanceof Error ? e.message : String(e)}）。`,
    );
  } finally {
    db?.close();
  }
}

/**
 * Puts a backup in place of the ledger file. The caller closes its connection first and
 * reopens after (openLedger migrates an older backup). The current state is saved as a
 * pre-restore backup by the caller beforehand.
 */
export function replaceLedgerFile(ledgerFile: string, source: string): void {
  inspectLedgerFile(source);
  const staged = `${ledgerFile}.restoring`;
  copyFileSync(source, staged);
  for (const suffix of ['-wal', '-shm']) rmSync(`${ledgerFile}${suffix}`, { force: true });
  // rename is atomic: the ledger file is always either the old or the new one.
  renameSync(staged, ledgerFile);
}
