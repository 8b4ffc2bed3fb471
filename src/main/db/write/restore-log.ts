/**
 * A restore (or a whole ledger brought in) replaces the ledger's contents, log included,
 * so it cannot be replayed from the log like other operations. Instead it is logged, by
 * the replacement itself and inside its transaction (replace-contents.ts), in the log the
 * new contents brought, naming the backup that leads to the other side:
 *   - after a restore: an active operation whose undo puts back `undoFrom` (the state
 *     saved just before the restore);
 *   - after that undo: the same operation, undone, whose redo puts back `redoFrom` (the
 *     restored state saved just before the undo).
 * The app (src/main/app/backups) drives the replacements; this only writes the log.
 */
import type Database from 'better-sqlite3';
import { parseImage, type OperationRow } from './change-log';
import { statement } from './statements';
import { withOperation } from './with-operation';

/** Operations that replace the whole ledger: a backup restored, a ledger file brought in. */
export const WHOLE_LEDGER_KINDS = ['restore', 'ledger_import'] as const;
export type WholeLedgerKind = (typeof WHOLE_LEDGER_KINDS)[number];

export interface RestorePayload {
  undoFrom?: string;
  redoFrom?: string;
}

export function logRestore(
  ledger: { readonly db: Database.Database },
  spec: { kind: WholeLedgerKind; summary: string; now?: string },
  payload: RestorePayload,
  opts: { undone: boolean },
): number {
  return withOperation(ledger, { kind: spec.kind, summary: spec.summary, now: spec.now }, (tx) => {
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

/** A whole-ledger operation: its undo and redo replace the contents instead of replaying rows. */
export const isWholeLedger = (op: Pick<OperationRow, 'kind'>) =>
  (WHOLE_LEDGER_KINDS as readonly string[]).includes(op.kind);
