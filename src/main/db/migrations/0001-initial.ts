/**
 * The first schema: provenance first. notices → mentions → records; every field value
 * remembers which mention (or which person) set it; every write is an operation in a log
 * from which undo/redo and per-record history are read.
 */
import type { Migration } from './types';

export const initial: Migration = {
  version: 1,
  name: 'initial',
  up: (db) => {
    db.exec(`
      CREATE TABLE notices (
        id          INTEGER PRIMARY KEY,
        file        TEXT NOT NULL,
        sha256      TEXT NOT NULL UNIQUE,       -- same bytes imported twice are recognised
        format      TEXT NOT NULL,
        encoding    TEXT,
        raw_text    TEXT NOT NULL,              -- kept exactly as decoded, never rewritten
        title       TEXT,
        issuer      TEXT,
        doc_no      TEXT,
        doc_no_raw  TEXT,
        issued_on   TEXT,                       -- YYYY-MM-DD
        kind        TEXT,
        programme   TEXT,
        warnings    TEXT NOT NULL DEFAULT '[]', -- JSON array of {code, message, ...}
        imported_at TEXT NOT NULL,
        op_id       INTEGER REFERENCES operations(id)
      );

      CREATE TABLE records (
        id          INTEGER PRIMARY KEY,
        kind        TEXT NOT NULL CHECK (kind IN ('zone','case','observation','other')),
        programme   TEXT,
        year        INTEGER,
        batch       TEXT,
        seq         INTEGER,
        region_text TEXT,
        region_code TEXT,                       -- 6-digit GB/T 2260 code (county or larger)
        unit_code   TEXT,                       -- most specific code (9/12 digits) or region_code
        province    TEXT,
        city        TEXT,
        county      TEXT,
        town        TEXT,
        unit        TEXT,
        title       TEXT,
        content     TEXT,
        status      TEXT,
        merged_into INTEGER REFERENCES records(id), -- a merged record points at its survivor
        deleted_at  TEXT,                       -- soft delete: nothing is ever lost
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      );
      CREATE INDEX records_kind ON records(kind, region_code);
      CREATE INDEX records_region ON records(region_code);
      CREATE INDEX records_programme ON records(programme, year);
      CREATE INDEX records_merged ON records(merged_into);

      -- One appearance of a record in one notice. A merge moves mentions, never deletes them.
      CREATE TABLE mentions (
        id          INTEGER PRIMARY KEY,
        record_id   INTEGER NOT NULL REFERENCES records(id),
        notice_id   INTEGER NOT NULL REFERENCES notices(id),
        seq         INTEGER,
        span_start  INTEGER NOT NULL,
        span_end    INTEGER NOT NULL,
        extracted   TEXT NOT NULL DEFAULT '{}', -- JSON: the values as the notice wrote them
        original_record_id INTEGER NOT NULL REFERENCES records(id) -- where it was born, for unmerge
      );
      CREATE INDEX mentions_record ON mentions(record_id);
      CREATE INDEX mentions_notice ON mentions(notice_id);

      -- Which mention, or which person's edit, set each field's current value.
      CREATE TABLE field_provenance (
        record_id   INTEGER NOT NULL REFERENCES records(id),
        field       TEXT NOT NULL,
        mention_id  INTEGER REFERENCES mentions(id),
        op_id       INTEGER REFERENCES operations(id),
        PRIMARY KEY (record_id, field)
      ) WITHOUT ROWID;

      -- The operation log: one row per user-visible action (import, edit, merge, …).
      CREATE TABLE operations (
        id          INTEGER PRIMARY KEY,
        kind        TEXT NOT NULL,              -- import | edit | bulk_edit | merge | unmerge | delete | …
        summary     TEXT NOT NULL,              -- Chinese, for the history panel
        created_at  TEXT NOT NULL,
        actor       TEXT NOT NULL DEFAULT 'user',
        notice_id   INTEGER,
        undone_at   TEXT                        -- set when undone; redo clears it
      );

      -- The row-level changes of an operation, enough to undo and redo it exactly.
      CREATE TABLE operation_changes (
        id          INTEGER PRIMARY KEY,
        op_id       INTEGER NOT NULL REFERENCES operations(id),
        table_name  TEXT NOT NULL,
        row_id      INTEGER NOT NULL,
        record_id   INTEGER,                    -- for per-record history
        field       TEXT,                       -- null: whole-row insert/delete
        before      TEXT,                       -- JSON
        after       TEXT                        -- JSON
      );
      CREATE INDEX operation_changes_op ON operation_changes(op_id);
      CREATE INDEX operation_changes_record ON operation_changes(record_id);

      -- What a notice states about cycles and deadlines, structured for the schedule.
      CREATE TABLE rules (
        id          INTEGER PRIMARY KEY,
        notice_id   INTEGER REFERENCES notices(id), -- null: a user-made default rule
        programme   TEXT,
        kind        TEXT NOT NULL,
        text        TEXT NOT NULL,
        span_start  INTEGER,
        span_end    INTEGER,
        params      TEXT NOT NULL DEFAULT '{}', -- JSON
        created_at  TEXT NOT NULL
      );
      CREATE INDEX rules_notice ON rules(notice_id);

      CREATE TABLE milestones (
        id          INTEGER PRIMARY KEY,
        record_id   INTEGER REFERENCES records(id),
        notice_id   INTEGER REFERENCES notices(id),
        rule_id     INTEGER REFERENCES rules(id),
        kind        TEXT NOT NULL,
        due_on      TEXT NOT NULL,
        end_on      TEXT,
        status      TEXT NOT NULL DEFAULT 'pending', -- pending | done | waived (overdue is derived)
        note        TEXT,
        key         TEXT NOT NULL UNIQUE,       -- stable identity across regeneration
        updated_at  TEXT NOT NULL
      );
      CREATE INDEX milestones_due ON milestones(due_on);
      CREATE INDEX milestones_record ON milestones(record_id);

      -- Dedupe review decisions and related links (not merges).
      CREATE TABLE pair_decisions (
        record_a    INTEGER NOT NULL REFERENCES records(id),
        record_b    INTEGER NOT NULL REFERENCES records(id),
        decision    TEXT NOT NULL CHECK (decision IN ('duplicate','not_duplicate')),
        decided_at  TEXT NOT NULL,
        PRIMARY KEY (record_a, record_b),
        CHECK (record_a < record_b)
      ) WITHOUT ROWID;

      CREATE TABLE record_links (
        id          INTEGER PRIMARY KEY,
        record_a    INTEGER NOT NULL REFERENCES records(id),
        record_b    INTEGER NOT NULL REFERENCES records(id),
        relation    TEXT NOT NULL,              -- same_place_other_programme | renamed | parent_child
        score       REAL NOT NULL,
        source      TEXT NOT NULL DEFAULT 'auto',
        UNIQUE (record_a, record_b, relation)
      );

      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) WITHOUT ROWID;

      -- Quick search over all record text (trigram finds CJK substrings of 3+ characters;
      -- shorter terms fall back to LIKE on the same table).
      CREATE VIRTUAL TABLE records_fts USING fts5(
        region_text, unit, title, content, programme,
        content='records', content_rowid='id', tokenize='trigram'
      );
      CREATE TRIGGER records_fts_ai AFTER INSERT ON records BEGIN
        INSERT INTO records_fts(rowid, region_text, unit, title, content, programme)
        VALUES (new.id, new.region_text, new.unit, new.title, new.content, new.programme);
      END;
      CREATE TRIGGER records_fts_ad AFTER DELETE ON records BEGIN
        INSERT INTO records_fts(records_fts, rowid, region_text, unit, title, content, programme)
        VALUES ('delete', old.id, old.region_text, old.unit, old.title, old.content, old.programme);
      END;
      CREATE TRIGGER records_fts_au AFTER UPDATE OF region_text, unit, title, content, programme ON records BEGIN
        INSERT INTO records_fts(records_fts, rowid, region_text, unit, title, content, programme)
        VALUES ('delete', old.id, old.region_text, old.unit, old.title, old.content, old.programme);
        INSERT INTO records_fts(rowid, region_text, unit, title, content, programme)
        VALUES (new.id, new.region_text, new.unit, new.title, new.content, new.programme);
      END;
    `);
  },
};
