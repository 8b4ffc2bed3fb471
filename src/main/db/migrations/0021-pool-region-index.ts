/**
 * The live region index carries the columns the duplicate finder reads of a record, so an
 * import's check reads the records filed near its notice from the index alone. At a large
 * ledger a notice's check reads ~700 records it has not seen before, ~35 in each of ~22
 * counties, and each was a page of the records table of its own (the ledger's ids follow
 * the notices that brought them, not their county): reading a row cost ~12 µs, two thirds
 * of it bringing its page in. In this index a county's records lie together, a page or two.
 *
 * The id follows the code, so the index stays in (kind, region code, id) order: the grid's
 * sorts by place read it in order and sort only each code's ties, as before
 * (tests/unit/db/grid-plans.test.ts). The finder's columns (core/dedupe's DedupeRecord) come
 * after it; the "title cut short" flag stays in mentions_truncated (migration 0014).
 */
import type { Migration } from './types';

export const poolRegionIndex: Migration = {
  version: 21,
  name: 'pool-region-index',
  up: (db) => {
    db.exec(`
      DROP INDEX records_live_region;
      CREATE INDEX records_live_region
        ON records(kind, region_code, id, programme, year, batch, unit_code, town, title, unit,
                   region_text)
        WHERE merged_into IS NULL AND deleted_at IS NULL;
    `);
  },
};
