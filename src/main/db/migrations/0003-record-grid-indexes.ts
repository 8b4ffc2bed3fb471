/**
 * The curation grids sort, filter and facet live records of one kind at a time (10^5 rows
 * must answer in well under a second). Partial indexes on exactly the "live" condition the
 * grid queries use (not merged away, not deleted) let SQLite count, group and order from
 * the index alone instead of visiting every row.
 */
import type { Migration } from './types';

const LIVE = 'WHERE merged_into IS NULL AND deleted_at IS NULL';

export const recordGridIndexes: Migration = {
  version: 3,
  name: 'record-grid-indexes',
  up: (db) => {
    db.exec(`
      CREATE INDEX records_live_kind ON records(kind) ${LIVE};
      CREATE INDEX records_live_title ON records(kind, title) ${LIVE};
      CREATE INDEX records_live_region ON records(kind, region_code) ${LIVE};
      CREATE INDEX records_live_place ON records(kind, province, city) ${LIVE};
      CREATE INDEX records_live_programme ON records(kind, programme, year) ${LIVE};
      CREATE INDEX records_live_year ON records(kind, year) ${LIVE};
      CREATE INDEX records_live_batch ON records(kind, batch) ${LIVE};
      CREATE INDEX records_live_status ON records(kind, status) ${LIVE};
      CREATE INDEX records_live_seq ON records(kind, seq) ${LIVE};
      CREATE INDEX records_live_updated ON records(kind, updated_at) ${LIVE};
      CREATE INDEX record_links_b ON record_links(record_b);
      CREATE INDEX pair_decisions_b ON pair_decisions(record_b);
    `);
  },
};
