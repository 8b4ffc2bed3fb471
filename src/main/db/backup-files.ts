/**
 * Backup files on disk: where they live (backups/ beside the ledger), how they are named
 * (ledger name, UTC time to the millisecond, an optional counter, the reason), and how
 * one is written so that it is never half there, never overwrites another and is on disk
 * before anything relies on it.
 */
import type Database from 'better-sqlite3';
import {
  closeSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from './backup-retention';

export type BackupReason = 'daily' | 'migration' | 'manual' | 'pre-restore';

export const backupDirOf = (ledgerFile: string) => path.join(path.dirname(ledgerFile), 'backups');

const NAME = /^(.+)\.(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-(\d+))?\.([a-z-]+)\.bak$/;

/** `n` > 0 tells apart backups made within the same millisecond. */
export function backupName(ledgerFile: string, reason: string, at: Date, n = 0): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  return `${path.basename(ledgerFile)}.${stamp}${n > 0 ? `-${n}` : ''}.${reason}.bak`;
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
  const out: (BackupInfo & { size: number; n: number })[] = [];
  for (const n of names) {
    const m = NAME.exec(n);
    if (!m || m[1] !== base) continue;
    const iso = m[2]!.replace(
      /^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/,
      '$1:$2:$3.$4Z',
    );
    const file = path.join(dir, n);
    try {
      out.push({
        file,
        at: new Date(iso),
        reason: m[4]!,
        size: statSync(file).size,
        n: +(m[3] ?? 0),
      });
    } catch {
      // removed between readdir and stat (pruned by another door): not a backup any more
    }
  }
  return out
    .sort((a, b) => b.at.getTime() - a.at.getTime() || b.n - a.n)
    .map(({ n: _n, ...b }) => b);
}

/** Flushes a file (and, where the platform allows, its directory entry) to disk. */
export function syncToDisk(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    const dirFd = openSync(path.dirname(file), 'r');
    try {
      fsyncSync(dirFd);
    } finally {
      closeSync(dirFd);
    }
  } catch {
    // Windows cannot open a directory for fsync; NTFS journals the rename itself.
  }
}

/** Puts `partial` at `target` only if nothing is there yet (true), never overwriting. */
function publish(partial: string, target: string): boolean {
  try {
    linkSync(partial, target); // atomic, and fails if the name is taken
    rmSync(partial, { force: true });
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw e;
    // A file system without hard links: check, then rename (our own names only).
    try {
      statSync(target);
      return false;
    } catch {
      renameSync(partial, target);
      return true;
    }
  }
}

/**
 * Writes a consistent copy of `db` into backups/ with better-sqlite3's online backup API:
 * under a temporary name, flushed to disk, then published under a name no other backup
 * has (a counter is added when two land in the same millisecond). Returns the file.
 */
export async function writeBackup(
  db: Database.Database,
  ledgerFile: string,
  reason: BackupReason,
  now: Date,
): Promise<string> {
  const dir = backupDirOf(ledgerFile);
  mkdirSync(dir, { recursive: true });
  const partial = path.join(
    dir,
    `${backupName(ledgerFile, reason, now)}.${process.pid}-${Math.random().toString(36).slice(2, 8)}.partial`,
  );
  try {
    await db.backup(partial);
    syncToDisk(partial);
    for (let n = 0; n < 1000; n++) {
      const target = path.join(dir, backupName(ledgerFile, reason, now, n));
      if (publish(partial, target)) {
        syncToDisk(target);
        return target;
      }
    }
    throw new Error('too many backups in one millisecond');
  } finally {
    rmSync(partial, { force: true });
  }
}
