/**
 * One desktop window per ledger: a lock file beside the ledger holds the owner's pid.
 * A second desktop start on the same ledger is refused; a lock left by a process that
 * died (crash, power loss) is recognised as stale and taken over. The CLI and browser
 * mode do not take it: SQLite's own locking keeps concurrent use safe.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { AppError } from '../../shared/app-error';

export interface LedgerLock {
  file: string;
  release(): void;
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else — still alive.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

export function acquireLedgerLock(ledgerFile: string, pid = process.pid): LedgerLock {
  const file = `${ledgerFile}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(pid));
      closeSync(fd);
      return { file, release: () => rmSync(file, { force: true }) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== pid && alive(owner)) {
        throw new AppError(
          'ledger_locked',
          `该台账已在另一个台账窗口中打开（进程 ${owner}）。请切换到那个窗口，或先关闭它。`,
        );
      }
      rmSync(file, { force: true }); // stale: its owner is gone
    }
  }
  throw new AppError('ledger_locked', '无法锁定台账文件，请稍后重试。');
}
