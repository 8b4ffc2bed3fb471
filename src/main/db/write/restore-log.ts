/**
 * A restore replaces the whole ledger file, log included, so it cannot be replayed from
 * the log like other operations. Instead each side of it records the restore in its own
 * log, naming the backup that leads to the other side:
 *   - the restored ledger: an active `restore` operation whose undo puts back `undoFrom`
 *     (the state saved just before the restore);
 *   - the ledger after that undo: the same operation, undone, whose redo puts back
 *     `redoFrom` (the restored state saved just before the undo).
 * The app (src/main/app/backups) swaps the files; this only writes the log.
 */
import type Database from 'better-sqlite3';
import { parseImage, type OperationRow } from './change-log';
import { statement } from './statements';
import { withOperation } from './with-operation';

export interface RestorePayload {
  undoFrom?: string;
  redoFrom?: string;
}

export function logRestore(
  ledger: { readonly db: Database.Database },
  summary: string,
  payload: RestorePayload,
  opts: { undone: boolean },
): number {
  return withOperation(ledger, { kind: 'restore', summary }, (tx) => {
    tx.compact('restore', 'settings', 0, { payload: { ...payload } });
    if (opts.undone)
      statement(tx.db, 'UPDATE operations SET undone_at = ? WHERE id = ?').run(tx.now, tx.opId);
    return tx.opId;
  });
}

/** The backups a restore operation names. */
export function restorePayload(db: Database.Database, op: OperationRow): RestorePayload {
  const row = statement(
    db,
    "SELECT after FROM operation_changes WHERE op_id = ? AND form = 'restore'",
  ).get(op.id) as { after: string | null } | undefined;
  const image = parseImage(row?.after ?? null) ?? {};
  const name = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return { undoFrom: name(image.undoFrom), redoFrom: name(image.redoFrom) };
}

/** A whole-ledger operation: its undo and redo swap files instead of replaying rows. */
export const isWholeLedger = (op: Pick<OperationRow, 'kind'>) => op.kind === 'restore';
