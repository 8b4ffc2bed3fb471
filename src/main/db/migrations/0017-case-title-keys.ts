/**
 * Live cases by the key a later notice naming a case by its title only looks them up by,
 * kept in the ledger (`case_title_keys`, one row a live case whose key is long enough).
 *
 * Why: the keys fold spelling, script and the place a title opens with, so SQLite cannot
 * make them; each connection made every case's title core again on its first lookup (at
 * 100k records the first notice's 66–81 ms, most of a large ledger's first import). Kept
 * here, a lookup is one keyed read.
 *
 * SQL cannot make a key, so the triggers below only note, in the same statement as the
 * write, every record whose key may have changed (`case_title_stale`): a case inserted,
 * a change of its kind, title, place text or liveness, whoever writes it (import, edit,
 * merge, undo, redo, restore, another program). The import keys the noted records before
 * it commits (write/case-title-keys.ts); a lookup keys any still noted itself, so the kept
 * keys are never trusted for a record changed since. `case_title_keying` holds which keying
 * made them: another keying (a later version's) keys every case again.
 *
 * A ledger from before: every live case is noted, to be keyed by its first import.
 */
import type { Migration } from './types';

const CHANGED = ['id', 'kind', 'title', 'region_text', 'merged_into', 'deleted_at']
  .map((c) => `old.${c} IS NOT new.${c}`)
  .join(' OR ');

export const caseTitleKeys: Migration = {
  version: 17,
  name: 'case-title-keys',
  up: (db) => {
    db.exec(`
      CREATE TABLE case_title_keys (id INTEGER PRIMARY KEY, key TEXT NOT NULL);
      CREATE INDEX case_title_keys_key ON case_title_keys(key);
      CREATE TABLE case_title_stale (id INTEGER PRIMARY KEY);
      CREATE TABLE case_title_keying (version TEXT NOT NULL);
      CREATE TRIGGER case_title_ai AFTER INSERT ON records WHEN new.kind = 'case'
      BEGIN
        INSERT OR IGNORE INTO case_title_stale(id) VALUES (new.id);
      END;
      CREATE TRIGGER case_title_au
        AFTER UPDATE OF id, kind, title, region_text, merged_into, deleted_at ON records
        WHEN (old.kind = 'case' OR new.kind = 'case') AND (${CHANGED})
      BEGIN
        INSERT OR IGNORE INTO case_title_stale(id) VALUES (old.id), (new.id);
      END;
      CREATE TRIGGER case_title_ad AFTER DELETE ON records WHEN old.kind = 'case'
      BEGIN
        DELETE FROM case_title_keys WHERE id = old.id;
        DELETE FROM case_title_stale WHERE id = old.id;
      END;
      INSERT INTO case_title_stale(id)
        SELECT id FROM records WHERE kind = 'case' AND merged_into IS NULL AND deleted_at IS NULL;
    `);
  },
};
