/**
 * The region index also holds, after the id, what a record is filed under: its programme,
 * year, batch and unit code. An import's identity check reads an item's county from it and weighs
 * whole only the records that can be the item's unit (db/queries/identity-stubs.ts): the
 * index alone told it before only the kind and the county, so every record of the kind in
 * the county was read from the table (≈ 4 ms a notice at 100k records, 0.4 ms at 1k). The
 * id stays right after the code, so a page sorted by the code still has its ties in id
 * order from the index (tests/unit/db/grid-plans.test.ts asserts the plans). The two columns
 * that tell a live record (always null here) are kept too: a query names them, and SQLite
 * reads the table for any column the index lacks, even one the index's WHERE implies. Nine
 * columns, one more than records_live_updated: the planner keeps that narrower index for
 * the grid's year sort and facet, which either would cover.
 */
import type { Migration } from './types';

export const identityPlaceIndex: Migration = {
  version: 23,
  name: 'identity-place-index',
  up: (db) => {
    db.exec(`
      DROP INDEX records_live_region;
      CREATE INDEX records_live_region
        ON records(kind, region_code, id, programme, year, batch, unit_code, merged_into, deleted_at)
        WHERE merged_into IS NULL AND deleted_at IS NULL;
    `);
  },
};
