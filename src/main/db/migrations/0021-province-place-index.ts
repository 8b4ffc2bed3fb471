/**
 * The place index ordered by kind, province and then id, the city after the id.
 *
 * Its readers are the province facet (grouped in its order), a ticked province (a seek on
 * kind and province) and a ticked city, which its plans test on the index's own city rather
 * than on each row; none seeks a city within a province (with both ticked, the province's
 * entries are read and their city tested: a few thousand at 100k records). Ordered by city,
 * the index put each imported record at the end of its own city's run: a notice listing zones
 * of 80 cities dirtied some 80 pages of it, each written to the WAL and flushed at the
 * notice's commit. Ordered by id within a province, a notice's records land at the ends of
 * its provinces' runs: at a 100k-record ledger 360 → 320 WAL pages a generated notice.
 * tests/unit/db/grid-plans.test.ts asserts the plans.
 */
import type { Migration } from './types';

export const provincePlaceIndex: Migration = {
  version: 21,
  name: 'province-place-index',
  up: (db) => {
    db.exec(`
      DROP INDEX records_live_place;
      CREATE INDEX records_live_place ON records(kind, province, id, city)
        WHERE merged_into IS NULL AND deleted_at IS NULL;
    `);
  },
};
