/**
 * Pairs a person took apart with 解除关联 (`link_refusals`, one row a pair, the lower id
 * first). Why a table of its own: the link rows go when unlinked, so without a memory the
 * next import that names either record found the same relation and linked the pair again,
 * undoing the person's judgement unseen. The import's linker skips a refused pair; linking
 * the pair by hand (关联所选) takes the refusal back. Rows are written through the write door,
 * so 撤销 of the unlink takes the refusal away with it.
 */
import type { Migration } from './types';

export const linkRefusals: Migration = {
  version: 18,
  name: 'link-refusals',
  up: (db) => {
    db.exec(`
      CREATE TABLE link_refusals (
        record_a    INTEGER NOT NULL REFERENCES records(id),
        record_b    INTEGER NOT NULL REFERENCES records(id),
        refused_at  TEXT NOT NULL,
        PRIMARY KEY (record_a, record_b),
        CHECK (record_a < record_b)
      ) WITHOUT ROWID;
      CREATE INDEX link_refusals_b ON link_refusals(record_b);
    `);
  },
};
