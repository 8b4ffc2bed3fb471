/**
 * Quick-search rows of imported records written a thousand or so at a time instead of once
 * per notice.
 *
 * Why: FTS5 writes its pending in-memory index out as a new segment at every savepoint and
 * commit, so a notice per durable transaction wrote and later merged its own small trigram
 * segment — a third of storing's CPU and a tenth of the pages each commit made durable. An
 * import registers its records' id range in `fts_pending` (migration 0011) before it inserts
 * them (the record triggers stand aside for pending ids), in the same transaction as the
 * records: a crash never loses a pending row nor leaves one without its records. The next
 * import whose records bring the pending rows to `PENDING_DUE` writes them all with one
 * statement, inside its own operation; closing the ledger and replacing its contents write
 * them too. Records edited since their row was written (`fts_stale`, migration 0016) count
 * towards that threshold and have their rows rewritten in the same pass.
 *
 * Reads never write: a search looks at the index and, for the few pending records, at
 * their text itself (db/queries/pending-search.ts), so it finds exactly what it would find
 * if they were indexed. The index only catches up later.
 */
import type Database from 'better-sqlite3';
import { statement } from './statements';

/**
 * Pending records after which the next import writes them. A search reads each pending
 * record's text itself (about a millisecond per thousand per term), and one segment of a
 * thousand records costs FTS5 far less than ten of a hundred.
 */
export const PENDING_DUE = 1000;

/** Before inserting records lo…hi (the next ids, none indexed): their rows wait. */
export function deferSearchRows(db: Database.Database, lo: number, hi: number): void {
  statement(db, 'INSERT INTO fts_pending(lo, hi) VALUES (?, ?)').run(lo, hi);
}

/**
 * Inside a write: writes the pending rows, and rewrites the stale ones (records edited since
 * their row was written, migration 0016), once there are `PENDING_DUE` of them together.
 */
export function writeSearchRowsIfDue(db: Database.Database): void {
  const { n } = statement(
    db,
    `SELECT (SELECT coalesce(sum(hi - lo + 1), 0) FROM fts_pending)
          + (SELECT count(*) FROM fts_stale) AS n`,
  ).get() as {
    n: number;
  };
  if (n >= PENDING_DUE) writePendingSearchRows(db);
}

/**
 * Each stale record's row taken out with the text it was written with and written again,
 * and each pending record once (ranges may overlap when a record at the top of one was
 * deleted and its id taken again), as `records` holds them now; then nothing is pending or
 * stale. Inside a caller's transaction it is a savepoint of it, else its own transaction,
 * IMMEDIATE like every other so that it takes the write lock before it reads.
 */
export function writePendingSearchRows(db: Database.Database): void {
  if (
    !statement(
      db,
      'SELECT 1 WHERE EXISTS (SELECT 1 FROM fts_pending) OR EXISTS (SELECT 1 FROM fts_stale)',
    ).get()
  )
    return;
  // all statements or none: a row indexed and still pending would be indexed twice
  db.transaction(() => {
    statement(
      db,
      `INSERT INTO records_fts(records_fts, rowid, region_text, unit, title, content)
     SELECT 'delete', id, region_text, unit, title, content FROM fts_stale ORDER BY id`,
    ).run();
    // a stale record is never pending (the update trigger stands aside for pending ids)
    statement(
      db,
      `INSERT INTO records_fts(rowid, region_text, unit, title, content)
     SELECT r.id, r.region_text, r.unit, r.title, r.content FROM fts_stale s CROSS JOIN records r ON r.id = s.id
      ORDER BY r.id`,
    ).run();
    statement(db, 'DELETE FROM fts_stale').run();
    statement(
      db,
      `INSERT INTO records_fts(rowid, region_text, unit, title, content)
     SELECT id, region_text, unit, title, content FROM records r
      WHERE id BETWEEN (SELECT min(lo) FROM fts_pending) AND (SELECT max(hi) FROM fts_pending)
        AND EXISTS (SELECT 1 FROM fts_pending p WHERE r.id BETWEEN p.lo AND p.hi)
      ORDER BY id`,
    ).run();
    statement(db, 'DELETE FROM fts_pending').run();
  }).immediate();
}
