/**
 * Notices over time: a later notice (progress report, acceptance, extension, revocation,
 * news) joins the records it names instead of making new ones, and tells what happened to
 * them as events.
 *
 * - notices.role: what the notice does in the life of a programme's records (editable);
 *   notices.batch: the batch it is about; notices.date_from_file: its date came from the
 *   file's own properties, not from its text (a last resort, shown as uncertain).
 * - mentions.joined: the mention joined a record that existed before its notice (undoing
 *   the notice takes the mention away, never the record); mentions.reason: why, in Chinese.
 * - rules.batch: the batch a rule belongs to (rules never reach other batches).
 * - record_events: one status event per record and notice (已验收 with grade, 未通过,
 *   已撤销, 已延期 with the new end), with its date and source sentence; a record's status
 *   is read from its events.
 */
import type { Migration } from './types';

export const noticesOverTime: Migration = {
  version: 6,
  name: 'notices-over-time',
  up: (db) => {
    db.exec(`
      ALTER TABLE notices ADD COLUMN role TEXT;
      ALTER TABLE notices ADD COLUMN batch TEXT;
      ALTER TABLE notices ADD COLUMN date_from_file INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE mentions ADD COLUMN joined INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE mentions ADD COLUMN reason TEXT;
      ALTER TABLE rules ADD COLUMN batch TEXT;
      CREATE TABLE record_events (
        id          INTEGER PRIMARY KEY,
        record_id   INTEGER NOT NULL REFERENCES records(id),
        notice_id   INTEGER NOT NULL REFERENCES notices(id),
        mention_id  INTEGER REFERENCES mentions(id),
        status      TEXT NOT NULL,            -- 已验收 | 未通过 | 已撤销 | 已延期
        grade       TEXT,                     -- 优秀 | 良好 | 合格
        until_on    TEXT,                     -- an extension's new end (YYYY-MM or YYYY-MM-DD)
        occurred_on TEXT,                     -- the notice's date (null when only the file had one)
        sentence    TEXT NOT NULL,            -- the words of the notice that say it
        created_at  TEXT NOT NULL
      );
      CREATE INDEX record_events_record ON record_events(record_id);
      CREATE INDEX record_events_notice ON record_events(notice_id);
      CREATE INDEX record_events_mention ON record_events(mention_id);
    `);
  },
};
