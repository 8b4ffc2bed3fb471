/**
 * A per-connection log of the records that changed, kept by SQLite itself, for the
 * queries that keep what they read between calls and bring it up to date from what
 * changed since (kept-dedupe-rows.ts, kept-case-titles.ts). One place for it, since each
 * keeper's answers are only as right as its log (keptUpToDate: how a keeper reads it).
 *
 * Temporary triggers (this connection only, never in the ledger file) note the id of every
 * record a keeper cares about, whoever writes it (imports, edits, merges, undo, restore).
 * What is kept is trusted only while
 * - no other connection has committed (data_version) and the schema is the same;
 * - the triggers are still there (a table rebuilt under this connection loses them);
 * - the mark left at the last read is still there: a rollback undoes a suffix of this
 *   connection's writes, so if the mark survived, every change before it did too (and
 *   changes rolled back after it are gone from the log as well as from the ledger).
 * Anything else reads the ledger again.
 */
import type Database from 'better-sqlite3';
import { statement } from '../write/statements';

/** A log: its temporary table and the statements that make it and its triggers. */
export interface RecordChangeLog {
  /** the table, as `temp.name` */
  table: string;
  /** CREATE TEMP TABLE, then the CREATE TEMP TRIGGER statements */
  logging: readonly string[];
  /** the triggers' names, as a JSON array */
  triggers: string;
}

/** A log named `name` whose triggers come from `triggers(table)` (the table as `temp.name`). */
export function recordChangeLog(
  name: string,
  triggers: (table: string) => readonly string[],
): RecordChangeLog {
  const table = `temp.${name}`;
  const logging = [
    `CREATE TEMP TABLE IF NOT EXISTS ${name} (
     seq INTEGER PRIMARY KEY, record_id INTEGER NOT NULL)`,
    ...triggers(table),
  ];
  return {
    table,
    logging,
    triggers: JSON.stringify(
      logging.flatMap((sql) => /TRIGGER IF NOT EXISTS (\w+)/.exec(sql)?.slice(1) ?? []),
    ),
  };
}

export interface Mark {
  seq: number;
  token: number;
}

/** Where the log stood when something was read: true as of then. */
export interface LoggedAt {
  dataVersion: number;
  schemaVersion: number;
  mark: Mark;
}

/** Marks are negative, so they never look like a record id. */
let lastToken = 0;

export const startLog = (db: Database.Database, log: RecordChangeLog) => {
  for (const sql of log.logging) db.exec(sql);
};

/**
 * Read through statements prepared once per connection: db.pragma() prepares its statement
 * again on every call, and every kept query asks on every notice of an import.
 */
export const versions = (db: Database.Database) => ({
  dataVersion: (statement(db, 'PRAGMA data_version').get() as { data_version: number })
    .data_version,
  schemaVersion: (statement(db, 'PRAGMA schema_version').get() as { schema_version: number })
    .schema_version,
});

/** Leaves a mark at the end of the log and drops what came before it. */
export function leaveMark(db: Database.Database, log: RecordChangeLog): Mark {
  const token = --lastToken;
  const seq = Number(
    statement(db, `INSERT INTO ${log.table}(record_id) VALUES (?)`).run(token).lastInsertRowid,
  );
  // What was kept from an earlier mark loses it with this, and is read afresh.
  statement(db, `DELETE FROM ${log.table} WHERE seq < ?`).run(seq);
  return { seq, token };
}

/** Whether what was kept at `k` is still true up to the records noted since its mark. */
export function stillTrue(db: Database.Database, log: RecordChangeLog, k: LoggedAt): boolean {
  const v = versions(db);
  if (v.dataVersion !== k.dataVersion || v.schemaVersion !== k.schemaVersion) return false;
  // a table rebuilt under this connection would have lost its triggers
  const triggers = statement(
    db,
    `SELECT count(*) AS n FROM temp.sqlite_master
      WHERE type = 'trigger' AND name IN (SELECT value FROM json_each(?))`,
  ).get(log.triggers) as { n: number };
  if (triggers.n !== log.logging.length - 1) return false;
  const mark = statement(db, `SELECT record_id FROM ${log.table} WHERE seq = ?`).get(k.mark.seq) as
    { record_id: number } | undefined;
  return mark?.record_id === k.mark.token;
}

/** The records noted since the mark, by id. */
export function changedSince(db: Database.Database, log: RecordChangeLog, mark: Mark): number[] {
  return (
    statement(
      db,
      `SELECT DISTINCT record_id AS id FROM ${log.table} WHERE seq > ? AND record_id > 0 ORDER BY id`,
    ).all(mark.seq) as { id: number }[]
  ).map((r) => r.id);
}

/**
 * What a keeper keeps for `db` (by connection in `kept`), brought up to date by `catchUp`
 * from the records noted since its mark while the log says it is still true, else read
 * whole by `readAll` (which starts the log and leaves a mark). Read-only connections,
 * which cannot keep a log, are the caller's to answer.
 */
export function keptUpToDate<K extends LoggedAt>(
  db: Database.Database,
  log: RecordChangeLog,
  kept: WeakMap<Database.Database, K>,
  readAll: (db: Database.Database) => K,
  catchUp: (db: Database.Database, k: K, changed: number[]) => void,
): K {
  const k = kept.get(db);
  if (k && stillTrue(db, log, k)) {
    const changed = changedSince(db, log, k.mark);
    if (changed.length > 0) catchUp(db, k, changed);
    return k;
  }
  const fresh = readAll(db);
  kept.set(db, fresh);
  return fresh;
}
