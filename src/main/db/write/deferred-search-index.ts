/**
 * Quick-search rows written once per transaction instead of once per file, for a
 * multi-file import (several files to a transaction, a savepoint each: file-batch.ts).
 *
 * Why: FTS5 writes its pending in-memory index out as a new segment at every savepoint it
 * takes part in, so N files each indexing their own records wrote N small trigram
 * segments and then merged them — about a third of storing's CPU. Inside
 * `withSearchIndexDeferred`, an import registers its records' id range in `fts_pending`
 * (migration 0011) instead of indexing them, and just before the transaction commits, one
 * statement indexes every record of those ranges that is in `records` at that moment.
 *
 * What stays true: it is the same transaction, so another connection never sees a record
 * without its search row, and a crash loses exactly what it lost before. A file whose
 * savepoint rolls back takes its `fts_pending` rows with it; a record deleted or edited
 * later in the transaction is indexed as it then is (the triggers stand aside for pending
 * ids). Whatever reads the index inside the transaction calls `searchIndexCurrent` first,
 * which writes what is pending (the duplicate check's title neighbours on a large ledger),
 * so no read ever sees the index behind `records`. Every other write indexes as before.
 */
import type Database from 'better-sqlite3';
import { statement } from './statements';

/**
 * Connections inside a deferral (always inside their transaction), and whether an import
 * has deferred rows in it (they may since have been rolled back with their file's savepoint:
 * writing what is pending then writes nothing).
 */
const deferring = new WeakMap<Database.Database, { deferred: boolean }>();

/**
 * Runs `write` (inside a transaction) with imports' search rows deferred, then writes them,
 * still inside the transaction. Outside a transaction, or nested, it only runs `write`.
 */
export function withSearchIndexDeferred<T>(db: Database.Database, write: () => T): T {
  if (!db.inTransaction || deferring.has(db)) return write();
  const state = { deferred: false };
  deferring.set(db, state);
  try {
    const out = write();
    // a transaction SQLite itself rolled back has nothing pending, and must not be reopened
    if (state.deferred && db.inTransaction) writePending(db);
    return out;
  } finally {
    deferring.delete(db);
  }
}

/**
 * Inside a deferral: records the ids lo…hi (just inserted, none indexed) as pending and
 * returns true. Otherwise false: the caller indexes them now.
 */
export function deferSearchRows(db: Database.Database, lo: number, hi: number): boolean {
  const state = deferring.get(db);
  if (!state) return false;
  state.deferred = true;
  statement(db, 'INSERT INTO fts_pending(lo, hi) VALUES (?, ?)').run(lo, hi);
  return true;
}

/** Before reading records_fts: brings it up to date with `records` if rows are pending. */
export function searchIndexCurrent(db: Database.Database): void {
  if (deferring.get(db)?.deferred) writePending(db);
}

/**
 * Each pending record once (ranges may overlap when a record at the top of one was
 * deleted and its id taken again), as `records` holds it now; then nothing is pending.
 */
function writePending(db: Database.Database): void {
  statement(
    db,
    `INSERT INTO records_fts(rowid, region_text, unit, title, content, programme)
     SELECT id, region_text, unit, title, content, programme FROM records r
      WHERE id BETWEEN (SELECT min(lo) FROM fts_pending) AND (SELECT max(hi) FROM fts_pending)
        AND EXISTS (SELECT 1 FROM fts_pending p WHERE r.id BETWEEN p.lo AND p.hi)
      ORDER BY id`,
  ).run();
  statement(db, 'DELETE FROM fts_pending').run();
}
