/**
 * The columns the identity and duplicate checks read of live records, by region code, in an
 * index of their own, so an import reads the records filed near its notice from the index
 * alone (db/queries/identity.ts, duplicates.ts). At a large ledger a notice's checks read
 * ~770 records in ~22 counties, ~35 a county, and each was a page of the records table of its
 * own (the ledger's ids follow the notices that brought them, not their county). In this
 * index a county's records lie together, a page or two.
 *
 * Not the live region index made wider: every connection's first check reads all live codes
 * from that one (kept-region-codes.ts), and at seven times its size that read took 170 ms
 * instead of 25 at 100k records. The finder's columns (core/dedupe's DedupeRecord) follow the
 * code and id; the "title cut short" flag stays in mentions_truncated (migration 0014).
 */
import type { Migration } from './types';

export const poolRegionIndex: Migration = {
  version: 21,
  name: 'pool-region-index',
  up: (db) => {
    db.exec(`
      CREATE INDEX records_live_pool
        ON records(kind, region_code, id, programme, year, batch, unit_code, town, title, unit,
                   region_text)
        WHERE merged_into IS NULL AND deleted_at IS NULL;
    `);
  },
};
