/**
 * records_merged indexes only merged records. Every imported record is unmerged, so the
 * full index took a b-tree write per record for an entry no query reads: the merge-chain
 * lookups ask for `merged_into = ?`, which SQLite answers from the partial index
 * (tests/unit/db/grid-plans.test.ts asserts the plan).
 */
import type { Migration } from './types';

export const mergedIndexPartial: Migration = {
  version: 9,
  name: 'merged-index-partial',
  up: (db) => {
    db.exec(`
      DROP INDEX records_merged;
      CREATE INDEX records_merged ON records(merged_into) WHERE merged_into IS NOT NULL;
    `);
  },
};
