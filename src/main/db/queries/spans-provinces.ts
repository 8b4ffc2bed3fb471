/** Whether a place named on its own line must say its province (shared/place-name.ts). */
import type Database from 'better-sqlite3';
import { liveRecord } from './live';

/**
 * Whether the live records lie in more than one province: a place named without its grid
 * columns beside it then says its province too (the record panel's related records, a
 * deadline's row). Two seeks on the place index, read only when a line names a record.
 */
export function spansProvinces(db: Database.Database): boolean {
  const live = liveRecord('r');
  const first = db
    .prepare(`SELECT province FROM records r WHERE ${live} AND province IS NOT NULL LIMIT 1`)
    .get() as { province: string } | undefined;
  if (!first) return false;
  return (
    db
      .prepare(
        `SELECT 1 FROM records r WHERE ${live} AND province IS NOT NULL AND province <> ? LIMIT 1`,
      )
      .get(first.province) !== undefined
  );
}
