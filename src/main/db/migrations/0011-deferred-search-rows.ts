/**
 * Quick-search rows a multi-file import has not written yet (write/deferred-search-index.ts):
 * `fts_pending` holds the id ranges of records inserted in the current transaction whose
 * FTS rows are written together just before it commits. It never holds a row outside a
 * transaction. The record triggers stand aside for those ids: inserting one writes no
 * row yet, and deleting or editing one has no row to take out (a 'delete' of a row the
 * index never got would corrupt it); the rows written at the end are read from `records`
 * as they are then. With the table empty the triggers do what they did before.
 */
import type { Migration } from './types';

const PENDING = (id: string) => `EXISTS (SELECT 1 FROM fts_pending WHERE ${id} BETWEEN lo AND hi)`;

export const deferredSearchRows: Migration = {
  version: 11,
  name: 'deferred-search-rows',
  up: (db) => {
    db.exec(`
      CREATE TABLE fts_pending (lo INTEGER NOT NULL, hi INTEGER NOT NULL);
      DROP TRIGGER records_fts_ai;
      CREATE TRIGGER records_fts_ai AFTER INSERT ON records
        WHEN NOT EXISTS (SELECT 1 FROM fts_batch) AND NOT ${PENDING('new.id')}
      BEGIN
        INSERT INTO records_fts(rowid, region_text, unit, title, content, programme)
        VALUES (new.id, new.region_text, new.unit, new.title, new.content, new.programme);
      END;
      DROP TRIGGER records_fts_ad;
      CREATE TRIGGER records_fts_ad AFTER DELETE ON records
        WHEN NOT ${PENDING('old.id')}
      BEGIN
        INSERT INTO records_fts(records_fts, rowid, region_text, unit, title, content, programme)
        VALUES ('delete', old.id, old.region_text, old.unit, old.title, old.content, old.programme);
      END;
      DROP TRIGGER records_fts_au;
      CREATE TRIGGER records_fts_au AFTER UPDATE OF region_text, unit, title, content, programme ON records
        WHEN NOT ${PENDING('old.id')}
      BEGIN
        INSERT INTO records_fts(records_fts, rowid, region_text, unit, title, content, programme)
        VALUES ('delete', old.id, old.region_text, old.unit, old.title, old.content, old.programme);
        INSERT INTO records_fts(rowid, region_text, unit, title, content, programme)
        VALUES (new.id, new.region_text, new.unit, new.title, new.content, new.programme);
      END;
    `);
  },
};
