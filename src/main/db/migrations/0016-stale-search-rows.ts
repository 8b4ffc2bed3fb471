/**
 * Quick-search rows of edited records rewritten with the pending ones, not at every edit.
 *
 * Why: an import joins about one item in four to a record the ledger holds, and each join
 * that changes the record's text rewrote its trigram row through the update trigger. FTS5
 * writes such a row out as a segment of its own at the next statement's savepoint and at
 * the commit and merges it later: on a 100k ledger a few milliseconds a notice and a fifth
 * of what a notice costs more than on a small one, growing with the joins.
 *
 * `fts_stale` keeps, for each record edited since its row was written, the text its row
 * holds (the values before its first edit). The update trigger only notes them; the row is
 * taken out and written again from `records` with the pending rows (write/deferred-search-
 * index.ts). A search leaves those records' index rows aside and matches their own text,
 * as it does for pending records (queries/pending-search.ts), so it finds what it would with
 * the row rewritten. Deleting a record takes out the row it has: with the noted text when it
 * is stale (one trigger: two would see each other's work, whichever ran first).
 * Records still pending (migration 0011) have no row: the triggers stand aside for them.
 */
import type { Migration } from './types';

const COLUMNS = 'region_text, unit, title, content';
const PENDING = (id: string) => `EXISTS (SELECT 1 FROM fts_pending WHERE ${id} BETWEEN lo AND hi)`;
const STALE = (id: string) => `EXISTS (SELECT 1 FROM fts_stale WHERE id = ${id})`;

export const staleSearchRows: Migration = {
  version: 16,
  name: 'stale-search-rows',
  up: (db) => {
    db.exec(`
      CREATE TABLE fts_stale (
        id INTEGER PRIMARY KEY,
        region_text TEXT, unit TEXT, title TEXT, content TEXT
      );
      DROP TRIGGER records_fts_au;
      CREATE TRIGGER records_fts_au AFTER UPDATE OF ${COLUMNS} ON records
        WHEN NOT ${PENDING('old.id')}
      BEGIN
        INSERT OR IGNORE INTO fts_stale(id, ${COLUMNS})
        VALUES (old.id, old.region_text, old.unit, old.title, old.content);
      END;
      DROP TRIGGER records_fts_ad;
      CREATE TRIGGER records_fts_ad AFTER DELETE ON records
        WHEN NOT ${PENDING('old.id')}
      BEGIN
        INSERT INTO records_fts(records_fts, rowid, ${COLUMNS})
        SELECT 'delete', id, ${COLUMNS} FROM fts_stale WHERE id = old.id;
        INSERT INTO records_fts(records_fts, rowid, ${COLUMNS})
        SELECT 'delete', old.id, old.region_text, old.unit, old.title, old.content
         WHERE NOT ${STALE('old.id')};
        DELETE FROM fts_stale WHERE id = old.id;
      END;
    `);
  },
};
