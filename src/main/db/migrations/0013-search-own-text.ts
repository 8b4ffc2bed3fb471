/**
 * The quick-search index holds only what a search reads: a record's own text (region as
 * written, unit, title, content), no longer its programme.
 *
 * - Quick search looks at those four columns (queries/record-search.ts: a programme's name
 *   is every one of its rows', the 项目 facet filters by it) and the duplicate check at the
 *   title alone (queries/title-neighbours.ts): no query has read the programme column
 *   since. Yet every record paid its trigrams — for a zone, whose own text is a place name,
 *   most of its row — and editing a programme rewrote the record's row.
 * - `fts_batch` (migration 0007) is gone: nothing has put a row there since the search rows
 *   of an import wait in `fts_pending` (migration 0011), and the insert trigger no longer
 *   looks at it for every record.
 *
 * The index is rebuilt from the records once, here, the pending ones included: afterwards
 * nothing is pending. Searches find the same records (the same tokenizer, positions and
 * settings as migration 0010).
 */
import type { Migration } from './types';

const COLUMNS = 'region_text, unit, title, content';
const PENDING = (id: string) => `EXISTS (SELECT 1 FROM fts_pending WHERE ${id} BETWEEN lo AND hi)`;

export const searchOwnText: Migration = {
  version: 13,
  name: 'search-own-text',
  up: (db) => {
    db.exec(`
      DROP TRIGGER records_fts_ai;
      DROP TRIGGER records_fts_ad;
      DROP TRIGGER records_fts_au;
      DROP TABLE records_fts;
      DROP TABLE fts_batch;
      CREATE VIRTUAL TABLE records_fts USING fts5(
        ${COLUMNS},
        content='records', content_rowid='id', tokenize='trigram', columnsize=0
      );
      INSERT INTO records_fts(records_fts, rank) VALUES ('automerge', 8);
      INSERT INTO records_fts(records_fts) VALUES ('rebuild');
      DELETE FROM fts_pending;
      CREATE TRIGGER records_fts_ai AFTER INSERT ON records
        WHEN NOT ${PENDING('new.id')}
      BEGIN
        INSERT INTO records_fts(rowid, ${COLUMNS})
        VALUES (new.id, new.region_text, new.unit, new.title, new.content);
      END;
      CREATE TRIGGER records_fts_ad AFTER DELETE ON records
        WHEN NOT ${PENDING('old.id')}
      BEGIN
        INSERT INTO records_fts(records_fts, rowid, ${COLUMNS})
        VALUES ('delete', old.id, old.region_text, old.unit, old.title, old.content);
      END;
      CREATE TRIGGER records_fts_au AFTER UPDATE OF ${COLUMNS} ON records
        WHEN NOT ${PENDING('old.id')}
      BEGIN
        INSERT INTO records_fts(records_fts, rowid, ${COLUMNS})
        VALUES ('delete', old.id, old.region_text, old.unit, old.title, old.content);
        INSERT INTO records_fts(rowid, ${COLUMNS})
        VALUES (new.id, new.region_text, new.unit, new.title, new.content);
      END;
    `);
  },
};
