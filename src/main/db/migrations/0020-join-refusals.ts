/**
 * Mentions a person split off the record a later notice had joined them to (拆出为新记录,
 * `join_refusals`, one row per record and shape). Why a table of its own: the mention moves
 * to another record, so without a memory the next notice writing the unit the same way found
 * the same identity and joined the wrong record again, undoing the person's judgement
 * unseen. The import's join follows a refused shape to the record the person chose
 * (`into_id`, followed to its survivor); rows are written through the write door, so 撤销 of
 * the split takes the refusal away with it.
 *
 * - record_id: the record the mention was split off (followed to its survivor when asked);
 * - shape: the unit as the notice wrote it (kind, place, unit, title: core/dedupe/mention-shape.ts);
 * - into_id: the record the person put it on, new or already held.
 */
import type { Migration } from './types';

export const joinRefusals: Migration = {
  version: 20,
  name: 'join-refusals',
  up: (db) => {
    db.exec(`
      CREATE TABLE join_refusals (
        record_id   INTEGER NOT NULL REFERENCES records(id),
        shape       TEXT NOT NULL,
        into_id     INTEGER NOT NULL REFERENCES records(id),
        refused_at  TEXT NOT NULL,
        PRIMARY KEY (record_id, shape)
      ) WITHOUT ROWID;
      CREATE INDEX join_refusals_into ON join_refusals(into_id);
    `);
  },
};
