/**
 * The lock that makes one process the owner of a ledger while its contents are replaced
 * (restore, whole-ledger import): a file `<ledger>.replacing` holding the owner's pid,
 * created exclusively. Every door honours it: dispatch() waits while another process
 * holds it before running any call, and an import checks it again before each file.
 * SQLite's own write lock makes the replacement itself atomic (see ledger-restore.ts);
 * this lock is what turns "database is locked" into waiting, or a clear Chinese refusal.
 * A lock left by a dead process is taken over.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { AppError } from '../../shared/app-error';

export const replaceLockFile = (ledgerFile: string) => `${ledgerFile}.replacing`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid of another live process replacing this ledger now, if any. */
export function replacingOwner(ledgerFile: string): number | undefined {
  let text: string;
  try {
    text = readFileSync(replaceLockFile(ledgerFile), 'utf8');
  } catch {
    return undefined;
  }
  const pid = Number(text.trim());
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return undefined;
  return alive(pid) ? pid : undefined;
}

export const restoringError = () =>
  new AppError(
    'ledger_restoring',
    '正在恢复台账（另一个窗口或命令正在用备份替换台账内容），请等恢复完成后再试。',
  );

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits while another process replaces the ledger; refuses after `timeoutMs`. */
export async function waitWhileReplacing(ledgerFile: string, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (replacingOwner(ledgerFile) !== undefined) {
    if (Date.now() > until) throw restoringError();
    await sleep(50);
  }
}

export interface ReplaceLock {
  release(): void;
}

/** Takes the lock, waiting for another replacement to finish first (up to `timeoutMs`). */
export async function acquireReplaceLock(
  ledgerFile: string,
  timeoutMs = 120_000,
): Promise<ReplaceLock> {
  const file = replaceLockFile(ledgerFile);
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      return {
        release: () => {
          if (released) return;
          released = true;
          rmSync(file, { force: true });
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const owner = replacingOwner(ledgerFile);
    if (owner === undefined) {
      // Stale (its owner died) or our own leftover: take it over.
      rmSync(file, { force: true });
      continue;
    }
    if (Date.now() > until) throw restoringError();
    await sleep(50);
  }
}
