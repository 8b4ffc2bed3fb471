/**
 * Storing an import near SQLite's own insert rate:
 *
 * - FTS rows once per notice: the per-row insert trigger made every record's trigram row
 *   a tiny FTS segment that the next statement flushed (a quarter of an import's storing
 *   time). The trigger now stands aside while `fts_batch` holds a row; the import puts
 *   one there, inserts its records, writes all their FTS rows with one statement and
 *   takes it out again, all inside its own transaction, so the row is never committed and
 *   every other writer (edits, undo, redo, restore, other tools) is indexed per row as before.
 * - Only the indexes a query plan uses: records_kind, records_region and records_programme
 *   are covered by the live-record indexes of migration 0003 for every grid, facet and
 *   duplicate query (tests/unit/db/grid-plans.test.ts asserts the plans); each index
 *   costs every record insert a b-tree write.
 */
import type { Migration } from './types';

export const importStorage: Migration = {
  version: 7,
  name: 'import-storage',
  up: (db) => {
    db.exec(`
      CREATE TABLE fts_batch (id INTEGER PRIMARY KEY); -- never holds a row outside a transaction
      DROP TRIGGER records_fts_ai;
      CREATE TRIGGER records_fts_ai AFTER INSERT ON records
        WHEN NOT EXISTS (SELECT 1 FROM fts_batch)
      BEGIN
        INSERT INTO records_fts(rowid, region_text, unit, title, content, programme)
        VALUES (new.id, new.region_text, new.unit, new.title, new.content, new.programme);
      END;
      DROP INDEX records_kind;
      DROP INDEX records_region;
      DROP INDEX records_programme;
    `);
  },
};
