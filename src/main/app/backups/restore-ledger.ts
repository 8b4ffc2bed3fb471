/**
 * Putting a backup (or a ledger file brought in) in place of the open ledger, as an
 * operation that 撤销 takes back and 重做 does again. The file is swapped whole, so each
 * step first saves the state it leaves as a 'pre-restore' backup and records, in the log of
 * the state it arrives at, which backup leads back (see db/write/restore-log.ts).
 */
import path from 'node:path';
import { AppError } from '../../../shared/app-error';
import type { UndoOutcome } from '../../../shared/operations';
import {
  inspectLedgerFile,
  listBackups,
  makeBackup,
  replaceLedgerFile,
  type LedgerSummary,
} from '../../db/backups';
import { openLedger, type Ledger } from '../../db/ledger';
import type { OperationRow } from '../../db/queries/operations';
import { logRestore, restorePayload } from '../../db/write/restore-log';

/** Where the open ledger lives: a restore closes it and puts the reopened one here. */
export interface LedgerSlot {
  ledger: Ledger;
}

function backupPath(slot: LedgerSlot, name: string | undefined): string {
  const found = name && listBackups(slot.ledger.file).find((b) => path.basename(b.file) === name);
  if (!found)
    throw new AppError(
      'backup_missing',
      `撤销或重做这次恢复需要的备份${name ? ` ${name} ` : ''}已不存在，无法进行。`,
    );
  return found.file;
}

/** Saves the current state, swaps in `source`, reopens (migrating an older backup). */
async function swapIn(slot: LedgerSlot, source: string): Promise<string> {
  const file = slot.ledger.file;
  const saved = await makeBackup(slot.ledger.db, file, 'pre-restore');
  slot.ledger.close();
  try {
    replaceLedgerFile(file, source);
  } finally {
    // Reopen whatever is there now (the new file, or the old one if the copy failed).
    slot.ledger = await openLedger(file);
  }
  return path.basename(saved);
}

/** Restores a backup or an incoming ledger file; `label` names it in the history. */
export async function restoreLedger(
  slot: LedgerSlot,
  source: string,
  label: string,
): Promise<LedgerSummary> {
  const summary = inspectLedgerFile(source);
  const saved = await swapIn(slot, source);
  logRestore(slot.ledger, `恢复${label}`, { undoFrom: saved }, { undone: false });
  return summary;
}

/** Undoes a restore: back to the state saved before it; the restored state is kept for redo. */
export async function undoRestore(slot: LedgerSlot, op: OperationRow): Promise<UndoOutcome> {
  const back = backupPath(slot, restorePayload(slot.ledger.db, op).undoFrom);
  const saved = await swapIn(slot, back);
  logRestore(slot.ledger, op.summary, { redoFrom: saved }, { undone: true });
  return { opId: op.id, kind: op.kind, summary: op.summary, steps: 1 };
}

/** Redoes a restore: the restored state as it was just before its undo, log and all. */
export async function redoRestore(slot: LedgerSlot, op: OperationRow): Promise<UndoOutcome> {
  const forth = backupPath(slot, restorePayload(slot.ledger.db, op).redoFrom);
  await swapIn(slot, forth);
  return { opId: op.id, kind: op.kind, summary: op.summary, steps: 1 };
}
