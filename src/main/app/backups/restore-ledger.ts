/**
 * Putting a backup (or a ledger file brought in) in place of the open ledger's contents, as
 * an operation that 撤销 takes back and 重做 does again. Each step replaces the contents in
 * one IMMEDIATE transaction under the replace lock (db/write/replace-contents.ts): the state
 * it takes away is first saved as a 'pre-restore' backup, and the step is recorded in the
 * log of the state it arrives at, naming the backup that leads back (db/write/restore-log.ts).
 * The connection, the file and every other process's connection stay as they are.
 */
import path from 'node:path';
import { AppError } from '../../../shared/app-error';
import type { UndoOutcome } from '../../../shared/operations';
import { listBackups, type LedgerSummary } from '../../db/backups';
import type { Ledger } from '../../db/ledger';
import type { OperationRow } from '../../db/queries/operations';
import { replaceLedgerContents } from '../../db/write/replace-contents';
import { logRestore, restorePayload, type WholeLedgerKind } from '../../db/write/restore-log';

/** What a restore needs of the open ledger: its connection and its file (backups sit beside it). */
export type OpenLedger = Pick<Ledger, 'db' | 'file' | 'assertSameFile'>;

export interface RestoreOutcome extends LedgerSummary {
  /** The backup holding the state the restore replaced. */
  preRestoreBackup: string;
}

function backupPath(ledger: OpenLedger, name: string | undefined): string {
  const found = name && listBackups(ledger.file).find((b) => path.basename(b.file) === name);
  if (!found)
    throw new AppError(
      'backup_missing',
      `撤销或重做这次恢复需要的备份${name ? ` ${name} ` : ''}已不存在（可能已被删除或清理），无法进行。可在“备份”页选择其他备份恢复。`,
    );
  return found.file;
}

const describe = (kind: WholeLedgerKind, label: string, preRestore: string) =>
  `${kind === 'restore' ? `恢复备份 ${label}` : `导入台账文件 ${label}`}（恢复前的状态已保存为备份 ${preRestore}）`;

/**
 * Restores a backup (`kind` restore) or brings in a whole ledger file (`ledger_import`);
 * `label` names it in the history (the backup's or the file's name).
 */
export async function restoreLedger(
  ledger: OpenLedger,
  source: string,
  spec: { kind: WholeLedgerKind; label: string; now?: Date },
): Promise<RestoreOutcome> {
  ledger.assertSameFile();
  const now = spec.now ?? new Date();
  return replaceLedgerContents(ledger, source, {
    now,
    log: (preRestore) =>
      logRestore(
        ledger,
        {
          kind: spec.kind,
          summary: describe(spec.kind, spec.label, preRestore),
          now: now.toISOString(),
        },
        { undoFrom: preRestore },
        { undone: false },
      ),
  });
}

/** Undoes a restore: back to the state saved before it; the restored state is kept for redo. */
export async function undoRestore(ledger: OpenLedger, op: OperationRow): Promise<UndoOutcome> {
  ledger.assertSameFile();
  const { undoFrom } = restorePayload(ledger.db, op);
  const back = backupPath(ledger, undoFrom);
  await replaceLedgerContents(ledger, back, {
    // The state put back did not know the restore: it learns it as an undone operation.
    log: (preRestore) =>
      logRestore(
        ledger,
        { kind: op.kind as WholeLedgerKind, summary: op.summary },
        { undoFrom, redoFrom: preRestore },
        { undone: true },
      ),
  });
  return { opId: op.id, kind: op.kind, summary: op.summary, steps: 1 };
}

/** Redoes a restore: the restored state as it was just before its undo, log and all. */
export async function redoRestore(ledger: OpenLedger, op: OperationRow): Promise<UndoOutcome> {
  ledger.assertSameFile();
  const forth = backupPath(ledger, restorePayload(ledger.db, op).redoFrom);
  // That state's log already holds the restore, active: nothing more to log.
  await replaceLedgerContents(ledger, forth, { log: () => undefined });
  return { opId: op.id, kind: op.kind, summary: op.summary, steps: 1 };
}
