/**
 * What a ledger's schema must be at each version: exactly what our migrations create,
 * built in a throw-away in-memory database and compared object by object (tables with
 * their columns, indexes, triggers, views) with a candidate's `sqlite_schema`.
 *
 * Why exact: a file with only some of our tables bricks the app later ("no such table"),
 * and one extra trigger can rewrite every title outside the operation log. Only SQLite's
 * own statistics tables (made by ANALYZE / PRAGMA optimize) may differ.
 */
import type Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations';
import { sqliteConnection } from './open-database';

export interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

const cache = new Map<number, Map<string, SchemaObject>>();

/** Whitespace-insensitive SQL, so a reformatted but identical statement still matches. */
function normaliseSql(sql: string | null): string | null {
  if (sql === null) return null;
  return sql
    .replace(/\s+/g, ' ')
    .replace(/\s*([(),;])\s*/g, '$1')
    .trim();
}

const isOptional = (name: string) => /^sqlite_stat\d$/.test(name);

/** The schema objects of an open database, keyed by type and name. */
export function schemaOf(db: Database.Database, schema = 'main'): Map<string, SchemaObject> {
  const rows = db
    .prepare(`SELECT type, name, tbl_name, sql FROM "${schema}".sqlite_schema`)
    .all() as SchemaObject[];
  const out = new Map<string, SchemaObject>();
  for (const r of rows) {
    if (isOptional(r.name)) continue;
    out.set(`${r.type}:${r.name}`, { ...r, sql: normaliseSql(r.sql) });
  }
  return out;
}

/** The schema our migrations produce at `version` (1 … latest), built once per version. */
export function expectedSchema(version: number): Map<string, SchemaObject> {
  const hit = cache.get(version);
  if (hit) return hit;
  const db = sqliteConnection(':memory:');
  try {
    for (const m of MIGRATIONS.slice(0, version)) m.up(db);
    const schema = schemaOf(db);
    cache.set(version, schema);
    return schema;
  } finally {
    db.close();
  }
}

const label = (o: SchemaObject) =>
  ({ table: '表', index: '索引', trigger: '触发器', view: '视图' })[o.type] ?? o.type;

/**
 * How a schema differs from ours at `version`, in words for people (empty: identical).
 * At most a few differences are named; one is enough to refuse.
 */
export function schemaDifferences(
  actual: Map<string, SchemaObject>,
  version: number,
  max = 5,
): string[] {
  const expected = expectedSchema(version);
  const out: string[] = [];
  for (const [key, want] of expected) {
    const got = actual.get(key);
    if (!got) out.push(`缺少${label(want)} ${want.name}`);
    else if (got.sql !== want.sql || got.tbl_name !== want.tbl_name)
      out.push(`${label(want)} ${want.name} 的定义与台账不同`);
  }
  for (const [key, got] of actual) {
    if (!expected.has(key)) out.push(`多出${label(got)} ${got.name}`);
  }
  return out.slice(0, max);
}
