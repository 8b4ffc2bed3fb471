/**
 * Prepared statements by SQL text, kept per connection: the write helpers build a few
 * shapes of INSERT/UPDATE/DELETE and run them thousands of times in a regeneration.
 */
import type Database from 'better-sqlite3';

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function statement(db: Database.Database, sql: string): Database.Statement {
  let byText = cache.get(db);
  if (!byText) cache.set(db, (byText = new Map()));
  let st = byText.get(sql);
  if (!st) {
    st = db.prepare(sql);
    if (byText.size > 500) byText.clear();
    byText.set(sql, st);
  }
  return st;
}

/**
 * A cached statement that answers its first column's values. Kept apart from statement()'s
 * entry for the same SQL: pluck() switches a statement's mode for every later caller, so a
 * shared statement plucked in one place would hand rows' first values to another.
 */
export function pluckedStatement(db: Database.Database, sql: string): Database.Statement {
  return statement(db, `${sql} -- plucked`).pluck(true);
}

/** `"a", "b"` and `"a" = ?, "b" = ?` for column names already checked against the schema. */
export const quoted = (cols: readonly string[]) => cols.map((c) => `"${c}"`).join(', ');
export const assignments = (cols: readonly string[]) => cols.map((c) => `"${c}" = ?`).join(', ');
export const keyMatch = (cols: readonly string[]) => cols.map((c) => `"${c}" IS ?`).join(' AND ');
