/**
 * The tables an operation may write, with the key that finds a row again. Undo and redo
 * replay logged rows through this list only, and only into columns the table really has,
 * so a name read back from the log never reaches SQL unchecked.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/app-error';

export const LEDGER_TABLES = {
  notices: ['id'],
  records: ['id'],
  mentions: ['id'],
  field_provenance: ['record_id', 'field'],
  rules: ['id'],
  milestones: ['id'],
  pair_decisions: ['record_a', 'record_b'],
  record_links: ['id'],
  link_refusals: ['record_a', 'record_b'],
  join_refusals: ['record_id', 'shape'],
  record_events: ['id'],
  settings: ['key'],
} as const satisfies Record<string, readonly string[]>;

export type LedgerTable = keyof typeof LEDGER_TABLES;
/** Tables whose rows are found by an integer id. */
export type IdTable = {
  [T in LedgerTable]: (typeof LEDGER_TABLES)[T] extends readonly ['id'] ? T : never;
}[LedgerTable];
export type KeyedTable = Exclude<LedgerTable, IdTable>;

export type SqlValue = string | number | null;
/** A row, or part of one, as column → value. */
export type RowImage = Record<string, SqlValue>;

export function isLedgerTable(name: string): name is LedgerTable {
  return Object.hasOwn(LEDGER_TABLES, name);
}

const columnCache = new WeakMap<Database.Database, Map<string, ReadonlySet<string>>>();

/** The table's real columns (read once per connection from the schema). */
export function columnsOf(db: Database.Database, table: LedgerTable): ReadonlySet<string> {
  let byTable = columnCache.get(db);
  if (!byTable) columnCache.set(db, (byTable = new Map()));
  let cols = byTable.get(table);
  if (!cols) {
    const rows = db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as {
      name: string;
    }[];
    cols = new Set(rows.map((r) => r.name));
    byTable.set(table, cols);
  }
  return cols;
}

/** Throws unless every column named is one of the table's own. */
export function checkColumns(db: Database.Database, table: LedgerTable, names: Iterable<string>) {
  const cols = columnsOf(db, table);
  for (const n of names)
    if (!cols.has(n)) throw new AppError('bad_field', `字段 ${table}.${n} 不能这样修改`);
}

/** The record a row belongs to, for per-record history (pairs: the first of the two). */
export function recordOf(table: LedgerTable, row: RowImage, id: number | null): number | null {
  const n = (v: SqlValue | undefined) => (typeof v === 'number' ? v : null);
  switch (table) {
    case 'records':
      return id ?? n(row.id);
    case 'mentions':
    case 'field_provenance':
    case 'milestones':
    case 'record_events':
    case 'join_refusals':
      return n(row.record_id);
    case 'pair_decisions':
    case 'record_links':
    case 'link_refusals':
      return n(row.record_a);
    default:
      return null;
  }
}
