/** Everything in a ledger as one hash, so "left exactly as it was" is checked, not assumed. */
import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { RESTORE_MARK_KEY } from '../../src/main/db/ledger-watch';

/**
 * The quick-search index is not data: neither its FTS5 tables nor the imported records whose
 * rows it has still to write (fts_pending) or rewrite (fts_stale), which an undo leaves as
 * they are and a restore writes. Nor the case keys kept for lookups by title (migration
 * 0017): what a write noted is keyed by the next import, whenever that is.
 */
const INDEX_TABLES = new Set([
  'fts_pending',
  'fts_stale',
  'case_title_keys',
  'case_title_stale',
  'case_title_keying',
]);

/** The operation log itself (and what undo keeps for redo): it grows with every step. */
const LOG_TABLES = new Set(['operations', 'operation_changes', 'undo_images']);

/**
 * With `log: false`, the ledger's data without its operation log: what an undo must put
 * back exactly as it was (the log records the undo itself, so it cannot). The mark a
 * replacement of the contents leaves for other connections (restore, and its undo and
 * redo) is machinery like the log: every replacement sets a new one.
 */
export function ledgerFingerprint(db: Database.Database, opts: { log?: boolean } = {}): string {
  const tables = (
    db
      .prepare("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'records_fts%'")
      .all() as { name: string }[]
  )
    .map((t) => t.name)
    .filter((t) => !INDEX_TABLES.has(t))
    .filter((t) => opts.log !== false || !LOG_TABLES.has(t))
    .sort();
  const h = createHash('sha256');
  for (const t of tables) {
    // Some tables are WITHOUT ROWID: sort the rows' JSON instead of relying on rowid.
    const rows = db
      .prepare(`SELECT * FROM "${t}"`)
      .all()
      .filter(
        (r) =>
          opts.log !== false || t !== 'settings' || (r as { key: string }).key !== RESTORE_MARK_KEY,
      )
      .map((r) => JSON.stringify(r))
      .sort();
    h.update(t + rows.join('\n'));
  }
  return h.digest('hex');
}
