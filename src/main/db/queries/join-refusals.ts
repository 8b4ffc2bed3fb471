/**
 * Joins a person refused by splitting a mention off its record (拆出为新记录, migration 0020),
 * read by the import's join before it writes. Each end is followed to its survivor, so a
 * refusal stored on a record merged away since still speaks for the record it lives on.
 */
import type Database from 'better-sqlite3';
import { statement } from '../write/statements';

/** The record an id lives on now (itself, or where merges took it); null past a loop. */
export function survivorOf(db: Database.Database, id: number): number | null {
  const up = statement(db, 'SELECT merged_into FROM records WHERE id = ?');
  const seen = new Set<number>();
  let at = id;
  for (;;) {
    if (seen.has(at)) return null;
    seen.add(at);
    const row = up.get(at) as { merged_into: number | null } | undefined;
    if (!row) return null;
    if (row.merged_into === null) return at;
    at = row.merged_into;
  }
}

/** Whether any join was refused: a ledger without one pays nothing more per item. */
export const anyJoinRefusal = (db: Database.Database): boolean =>
  (statement(db, 'SELECT EXISTS (SELECT 1 FROM join_refusals) AS any').get() as { any: number })
    .any === 1;

export interface RefusedJoin {
  /** Where the person put a unit written this way, followed to its survivor. */
  intoId: number;
  /** That record is live (not deleted): the item may join it. */
  live: boolean;
}

/**
 * The refusals of a unit written as `shape` on the record `recordId` (a survivor), by key: a
 * person moving that way of writing back onto the record takes them back.
 */
export function refusalsOf(
  db: Database.Database,
  recordId: number,
  shape: string,
): { record_id: number; shape: string }[] {
  const rows = statement(db, 'SELECT record_id AS recordId FROM join_refusals WHERE shape = ?').all(
    shape,
  ) as { recordId: number }[];
  return rows
    .filter((r) => survivorOf(db, r.recordId) === recordId)
    .map((r) => ({ record_id: r.recordId, shape }));
}

/** A refusal of joining a unit written as `shape` to the record `recordId` (a survivor). */
export function refusedJoin(
  db: Database.Database,
  recordId: number,
  shape: string,
): RefusedJoin | null {
  const rows = statement(
    db,
    'SELECT record_id AS recordId, into_id AS intoId FROM join_refusals WHERE shape = ?',
  ).all(shape) as { recordId: number; intoId: number }[];
  for (const r of rows) {
    if (survivorOf(db, r.recordId) !== recordId) continue;
    const into = survivorOf(db, r.intoId);
    // The person merged the two back together: the judgement is taken back, the join stands.
    if (into === recordId) continue;
    if (into === null) return { intoId: r.intoId, live: false };
    const row = statement(db, 'SELECT deleted_at FROM records WHERE id = ?').get(into) as {
      deleted_at: string | null;
    };
    return { intoId: into, live: row.deleted_at === null };
  }
  return null;
}
