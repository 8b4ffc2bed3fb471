/**
 * The operation log's rows: one operation per user-visible action, and its changes.
 * A change is one of
 *   - a column of an id-keyed row: `field` set, `before`/`after` the values;
 *   - a whole row: `field` null, `before` null (inserted), `after` null (deleted), or both
 *     (rewritten); keyed tables always log whole rows, so the key travels with them;
 *   - a compact change (`form` set): an import logs one, not one per row (see compact-forms.ts).
 */
import type Database from 'better-sqlite3';
import type { SqlValue } from './ledger-tables';
import { statement } from './statements';

export interface OperationRow {
  id: number;
  kind: string;
  summary: string;
  created_at: string;
  actor: string;
  notice_id: number | null;
  undone_at: string | null;
  redo_discarded: number;
  tables: string;
  records: number;
  reverts: number | null;
  /** The step it was committed in with others (one click), else null: its own step. */
  step: number | null;
}

export interface ChangeRow {
  id: number;
  op_id: number;
  table_name: string;
  row_id: number;
  record_id: number | null;
  field: string | null;
  before: string | null;
  after: string | null;
  form: string | null;
}

export interface ChangeEntry {
  table: string;
  rowId: number;
  recordId: number | null;
  field?: string | null;
  before?: unknown;
  after?: unknown;
  form?: string | null;
}

const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

export function logChange(db: Database.Database, opId: number, c: ChangeEntry): void {
  logChanges(db, opId, [c]);
}

/** Changes per multi-row INSERT (×8 values: far below SQLite's parameter limit). */
const LOG_CHUNK = 64;

/**
 * Logs changes in order, as logChange would one by one (the same rows, the same ids in the
 * same order), up to LOG_CHUNK to a statement: a later notice joining a record changes a dozen
 * of its fields and their sources, and a statement per change was most of a join's writes.
 */
export function logChanges(db: Database.Database, opId: number, cs: readonly ChangeEntry[]): void {
  for (let i = 0; i < cs.length; i += LOG_CHUNK) {
    const run = cs.slice(i, i + LOG_CHUNK);
    statement(
      db,
      `INSERT INTO operation_changes(op_id, table_name, row_id, record_id, field, before, after, form)
       VALUES ${run.map(() => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
    ).run(
      run.flatMap((c) => [
        opId,
        c.table,
        c.rowId,
        c.recordId,
        c.field ?? null,
        json(c.before),
        json(c.after),
        c.form ?? null,
      ]),
    );
  }
}

export const changesOf = (db: Database.Database, opId: number): ChangeRow[] =>
  statement(db, 'SELECT * FROM operation_changes WHERE op_id = ? ORDER BY id').all(
    opId,
  ) as ChangeRow[];

/** A logged value back as SQL takes it (JSON text → value; a column value is never an object). */
export function parseValue(text: string | null): SqlValue {
  if (text === null) return null;
  const v: unknown = JSON.parse(text);
  return typeof v === 'string' || typeof v === 'number' ? v : v === null ? null : JSON.stringify(v);
}

/** A logged whole row back as column → value; null when none was logged. */
export function parseImage(text: string | null): Record<string, SqlValue> | null {
  if (text === null) return null;
  const v: unknown = JSON.parse(text);
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const out: Record<string, SqlValue> = {};
  for (const [k, x] of Object.entries(v))
    out[k] =
      typeof x === 'string' || typeof x === 'number' ? x : x === null ? null : JSON.stringify(x);
  return out;
}
