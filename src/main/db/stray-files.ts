/**
 * Temporary files a crash can leave behind — half-written backups (`.partial`), staged
 * ledgers (`incoming-*.sqlite`, `<ledger>.restoring` from older versions) and the
 * `-wal`/`-shm`/`-journal` companions of files that no longer exist — are removed when a
 * ledger is opened. Only names we make, only in the ledger's own folder and its backups/,
 * and only when no live process can still be writing them: a name carrying a live pid is
 * left alone, and anything touched in the last ten minutes too.
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { backupDirOf } from './backup-files';

const QUIET_MS = 10 * 60_000;
const COMPANION = /^(.+)-(wal|shm|journal)$/;

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A pid written into one of our temporary names (`.<pid>-xxxx.partial`, `incoming-<pid>-…`). */
function ownerPid(name: string): number | undefined {
  const m = /\.(\d+)-[a-z0-9]+\.partial$/.exec(name) ?? /^incoming-(\d+)-/.exec(name);
  return m ? Number(m[1]) : undefined;
}

function removable(file: string, now: number): boolean {
  const pid = ownerPid(path.basename(file));
  if (pid !== undefined && alive(pid)) return false;
  try {
    return now - statSync(file).mtimeMs > QUIET_MS;
  } catch {
    return false;
  }
}

/** Removes stray temporary files of this ledger; returns what was removed. */
export function cleanStrayFiles(ledgerFile: string, now = Date.now()): string[] {
  const removed: string[] = [];
  const remove = (file: string) => {
    if (!removable(file, now)) return;
    rmSync(file, { force: true });
    removed.push(file);
  };
  const base = path.basename(ledgerFile);
  for (const suffix of ['.restoring', '.restoring-wal', '.restoring-shm', '.restoring-journal']) {
    if (existsSync(`${ledgerFile}${suffix}`)) remove(`${ledgerFile}${suffix}`);
  }
  const backups = backupDirOf(ledgerFile);
  let names: string[] = [];
  try {
    names = readdirSync(backups);
  } catch {
    return removed;
  }
  for (const n of names) {
    const ours =
      (n.endsWith('.partial') && n.startsWith(base)) || /^incoming-[\w-]+\.sqlite$/.test(n);
    if (ours) remove(path.join(backups, n));
  }
  // Companions last, so those of the files just removed go too.
  for (const n of names) {
    const companion = COMPANION.exec(n);
    if (companion && !existsSync(path.join(backups, companion[1]!))) remove(path.join(backups, n));
  }
  return removed;
}
