/**
 * A blank text in a record's field becomes no value (NULL). Imports before this stored the
 * extraction's '' for "not written" (a zone listed by its place alone had title ''), while a
 * value cleared by hand was NULL: the two sorted apart, and a blank title was offered and
 * named as if it were one. Imports now store NULL (shared/stored-value.ts); this brings the
 * records already held to the same, and the records an undone import keeps for its redo
 * (undo_images), which would otherwise put the '' back. Provenance and the operation log are
 * left as they were, and the search rows follow through their triggers. Running it twice
 * changes nothing the first run did not.
 */
import type { Migration } from './types';

const TEXT_FIELDS = ['programme', 'batch', 'region_text', 'unit', 'title', 'content'] as const;
/** What a text may hold and still be blank: spaces, the full-width space, tabs and line ends. */
const BLANKS = "' ' || char(12288, 9, 10, 13)";
const BLANK = /^[ \u3000\t\n\r]*$/;

export const blankValuesNull: Migration = {
  version: 24,
  name: 'blank-values-null',
  up: (db) => {
    for (const col of TEXT_FIELDS)
      db.exec(`UPDATE records SET "${col}" = NULL WHERE trim("${col}", ${BLANKS}) = ''`);
    const images = db
      .prepare("SELECT rowid, rows FROM undo_images WHERE table_name = 'records'")
      .all() as { rowid: number; rows: string }[];
    const write = db.prepare('UPDATE undo_images SET rows = ? WHERE rowid = ?');
    for (const img of images) {
      const rows = JSON.parse(img.rows) as Record<string, unknown>[];
      let changed = false;
      for (const row of rows)
        for (const col of TEXT_FIELDS) {
          const v = row[col];
          if (typeof v === 'string' && BLANK.test(v)) {
            row[col] = null;
            changed = true;
          }
        }
      if (changed) write.run(JSON.stringify(rows), img.rowid);
    }
  },
};
