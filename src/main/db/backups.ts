/**
 * Online backups of a ledger with better-sqlite3's backup API (consistent while the app
 * keeps working), kept beside the ledger in backups/, pruned by the retention rule only
 * once the new backup is on disk. Restoring is in ledger-restore.ts.
 */
import type Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { DEFAULT_RETENTION, planRetention, type RetentionRule } from './backup-retention';
import { listBackups, writeBackup, type BackupReason } from './backup-files';

export { backupDirOf, listBackups, type BackupReason } from './backup-files';
export { inspectLedgerFile, type LedgerSummary } from './ledger-candidate';

/** A backup under a name no other backup has; durable when this resolves. */
export function makeBackup(
  db: Database.Database,
  ledgerFile: string,
  reason: BackupReason,
  now = new Date(),
): Promise<string> {
  return writeBackup(db, ledgerFile, reason, now);
}

export function pruneBackups(
  ledgerFile: string,
  rule: RetentionRule = DEFAULT_RETENTION,
  now = new Date(),
): string[] {
  const { remove } = planRetention(listBackups(ledgerFile), rule, now);
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
  pruneBackups(ledgerFile, DEFAULT_RETENTION, now);
  return file;
}
