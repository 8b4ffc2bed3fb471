/**
 * A ledger's data table by table, for comparing two ledgers written at different moments:
 * rows without their timestamps, sorted (ids kept), so a difference names its table.
 */
import type Database from 'better-sqlite3';

/**
 * Not data: the search index, the case keys (written lazily), the log, the settings (a
 * random calendar id, when the ledger was set up) and SQLite's statistics (closing writes them).
 */
const NOT_DATA =
  /^(sqlite_|records_fts|fts_pending|fts_stale|case_title_|operations$|operation_changes$|undo_images$|settings$)/;
/** When a row was written: two ledgers written at different moments differ there only. */
const TIMESTAMP = /(^|_)at$/;

export function ledgerDataTables(db: Database.Database): Record<string, string[]> {
  const names = (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
  )
    .map((t) => t.name)
    .filter((t) => !NOT_DATA.test(t))
    .sort();
  return Object.fromEntries(
    names.map((t) => [
      t,
      (db.prepare(`SELECT * FROM "${t}"`).all() as Record<string, unknown>[])
        .map((r) =>
          JSON.stringify(Object.fromEntries(Object.entries(r).filter(([k]) => !TIMESTAMP.test(k)))),
        )
        .sort(),
    ]),
  );
}
