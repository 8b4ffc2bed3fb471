/**
 * Noticing that the ledger changed under a long call. Two things can happen while, say,
 * a CLI import of sixty files runs:
 * - another door restores a backup (its contents are replaced in one transaction, and
 *   the replacement leaves a mark in `settings`): the rest of the batch would land in a
 *   ledger the user just chose to roll back, so the import stops with an error instead;
 * - something outside Taizhang renames or deletes the file (an older version's restore,
 *   a copy made over it): the connection would keep writing into a file nobody will open
 *   again, so every later write is refused.
 */
import type Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { AppError } from '../../shared/app-error';
import { waitWhileReplacing } from './replace-lock';

/** The settings key of the mark a replacement leaves (write/replace-contents.ts). */
export const RESTORE_MARK_KEY = 'ledger.restore_id';

export interface FileIdentity {
  dev: number;
  ino: number;
}

export function fileIdentity(file: string): FileIdentity | null {
  try {
    const st = statSync(file);
    return { dev: st.dev, ino: st.ino };
  } catch {
    return null;
  }
}

/** The mark of the latest restore (null: never restored). */
export function restoreMark(db: Database.Database): string | null {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(RESTORE_MARK_KEY) as
    { value: string } | undefined;
  return row?.value ?? null;
}

export const replacedFileError = (file: string) =>
  new AppError(
    'ledger_replaced',
    `台账文件 ${file} 已被其他程序替换或删除，为免写入一个已不再使用的文件，已停止写入。请关闭后重新打开台账。`,
  );

export const restoredMeanwhileError = () =>
  new AppError(
    'ledger_restored',
    '台账在本次操作进行期间被恢复为备份，为免把后面的内容写进刚恢复的台账，已停止。已完成的部分保存在“恢复前”的备份中；请确认恢复结果后重新操作。',
  );

/** Throws when the path no longer names the file this connection has open. */
export function assertSameFile(file: string, identity: FileIdentity | null): void {
  if (!identity) return;
  const now = fileIdentity(file);
  if (!now || now.dev !== identity.dev || now.ino !== identity.ino) throw replacedFileError(file);
}

export interface LedgerWatch {
  /** Before a write: waits out a replacement elsewhere, then refuses if anything changed. */
  check(): Promise<void>;
  /** Inside a write transaction (write lock held): refuses if anything changed. */
  assertUnchanged(): void;
}

export function watchLedger(
  db: Database.Database,
  file: string,
  identity: FileIdentity | null,
): LedgerWatch {
  const mark = restoreMark(db);
  const assertUnchanged = () => {
    assertSameFile(file, identity);
    if (restoreMark(db) !== mark) throw restoredMeanwhileError();
  };
  return {
    check: async () => {
      await waitWhileReplacing(file);
      assertUnchanged();
    },
    assertUnchanged,
  };
}
