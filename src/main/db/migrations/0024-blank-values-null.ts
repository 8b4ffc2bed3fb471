/**
 * A blank text in a record's field becomes no value (NULL). Imports before this stored the
 * extraction's '' for "not written" (a zone listed by its place alone had title ''), while a
 * value cleared by hand was NULL: the two sorted apart, and a blank title was offered and
 * named as if it were one. Imports now store NULL (shared/stored-value.ts); this brings the
 * records already held to the same. Only the record's current values change: provenance and
 * the history are left as they were, and the search rows follow through their triggers.
 */
import type { Migration } from './types';

const TEXT_FIELDS = ['programme', 'batch', 'region_text', 'unit', 'title', 'content'] as const;
/** What a text may hold and still be blank: spaces, the full-width space, tabs and line ends. */
const BLANKS = "' ' || char(12288, 9, 10, 13)";

export const blankValuesNull: Migration = {
  version: 24,
  name: 'blank-values-null',
  up: (db) => {
    for (const col of TEXT_FIELDS)
      db.exec(`UPDATE records SET "${col}" = NULL WHERE trim("${col}", ${BLANKS}) = ''`);
  },
};
