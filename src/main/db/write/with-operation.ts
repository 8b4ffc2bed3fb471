/**
 * withOperation: the one way to write to a ledger. It opens an IMMEDIATE transaction
 * (several doors writing at once wait their turn instead of failing with "database is
 * locked": SQLite honours busy_timeout only for a transaction that takes the write lock
 * up front), records the operation (what, who, when), hands the work a WriteTx whose
 * helpers log every change, and closes the operation with the tables and records it
 * touched. Nested calls (an import's automatic merges) become savepoints of the outer one.
 */
import type Database from 'better-sqlite3';
import type { Actor, OperationKind } from '../../../shared/operations';
import { dropImages } from './compact-forms';
import { writeSearchRowsIfDue } from './deferred-search-index';
import { stepOfNewOperation } from './operation-step';
import { statement } from './statements';
import { WriteTx } from './write-tx';

export interface OperationSpec {
  kind: OperationKind;
  /** Chinese, for the history list and the undo button; the work may refine it (tx.describe). */
  summary: string;
  /** Who: a person (user), the importer, or an automatic step such as a merge at import (auto). */
  actor?: Actor;
  noticeId?: number | null;
  /** Undoes a given earlier operation (an unmerge names its merge). */
  reverts?: number;
  now?: string;
}

export function withOperation<T>(
  ledger: { readonly db: Database.Database },
  spec: OperationSpec,
  work: (tx: WriteTx) => T,
): T {
  const db = ledger.db;
  return db
    .transaction((): T => {
      const now = spec.now ?? new Date().toISOString();
      const opId = (
        statement(
          db,
          `INSERT INTO operations(kind, summary, created_at, actor, notice_id, reverts)
           VALUES (?, ?, ?, ?, ?, ?) RETURNING id`,
        ).get(
          spec.kind,
          spec.summary,
          now,
          spec.actor ?? 'user',
          spec.noticeId ?? null,
          spec.reverts ?? null,
        ) as { id: number }
      ).id;
      const tx = new WriteTx(db, opId, now, {
        summary: spec.summary,
        noticeId: spec.noticeId ?? null,
      });
      // Taken before the work: nested operations (its automatic merges) join the same step.
      stepOfNewOperation(db, opId);
      const value = work(tx);
      // search rows pending or stale (edits: migration 0016) stay bounded whatever writes
      writeSearchRowsIfDue(db);
      finish(db, tx);
      return value;
    })
    .immediate();
}

/**
 * The undone operations a new one makes unredoable. `+id` keeps the bound off the rowid:
 * read through it, every write scanned the whole history; through operations_active it
 * reads only the undone operations, which are few (tests/unit/db/operation-plans.test.ts).
 */
export const REDOABLE_BEFORE_SQL =
  'SELECT id FROM operations WHERE undone_at IS NOT NULL AND redo_discarded = 0 AND +id < ?';

/**
 * The records an operation's changes name. count(DISTINCT) passes over the changes naming
 * none, so no `record_id IS NOT NULL` is written: that term let the planner take the partial
 * index of changes naming a record (migration 0019) and test every one of them, the whole
 * history's, for its operation — on a 100k ledger after its re-plan (100k changes) over a
 * tenth of a second at every write, growing with the log. It reads the operation's own
 * changes instead (tests/unit/db/operation-plans.test.ts).
 */
export const OPERATION_RECORDS_SQL =
  'SELECT count(DISTINCT record_id) AS n FROM operation_changes WHERE op_id = ?';

function finish(db: Database.Database, tx: WriteTx): void {
  if (!tx.changed) {
    // Nothing changed: no operation to undo, and the redo stack stays as it was.
    statement(db, 'DELETE FROM operations WHERE id = ?').run(tx.opId);
    return;
  }
  // A new action after an undo discards what could have been redone (and what its redo kept).
  const discarded = statement(db, REDOABLE_BEFORE_SQL).all(tx.opId) as { id: number }[];
  for (const d of discarded) dropImages(db, d.id);
  if (discarded.length > 0)
    statement(
      db,
      'UPDATE operations SET redo_discarded = 1 WHERE id IN (SELECT value FROM json_each(?))',
    ).run(JSON.stringify(discarded.map((d) => d.id)));
  const records = (statement(db, OPERATION_RECORDS_SQL).get(tx.opId) as { n: number }).n;
  statement(
    db,
    'UPDATE operations SET summary = ?, notice_id = ?, tables = ?, records = ? WHERE id = ?',
  ).run(
    tx.summary,
    tx.noticeId,
    JSON.stringify([...tx.tables].sort()),
    records + tx.compactRecords,
    tx.opId,
  );
}
