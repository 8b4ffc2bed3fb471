/**
 * Searching records whose quick-search rows are still pending (db/write/deferred-search-
 * index.ts) without writing them: their own text is matched the way the trigram index
 * matches, so a search finds the same records before and after the index catches up.
 *
 * A phrase of three or more characters matches a trigram index exactly when one column,
 * case-folded character by character, holds it as a substring (a phrase is its trigrams at
 * consecutive positions); FTS5's trigram tokenizer folds each character to lower case and
 * leaves everything else (width, accents, punctuation) as written. `search_contains` does
 * the same on the few pending records.
 */
import type Database from 'better-sqlite3';
import { statement } from '../write/statements';

/** One character at a time, as the tokenizer folds: never changes a string's length. */
export function searchFold(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[^\u0000-\u007f]/.test(s)) return s.toLowerCase();
  const lower = s.toLowerCase();
  if (lower === s) return s;
  let out = '';
  for (const ch of s) {
    const l = ch.toLowerCase();
    out += [...l].length === 1 ? l : ch;
  }
  return out;
}

const registered = new WeakSet<Database.Database>();

/** `search_contains(text, term)`: 1 when the folded text holds the folded term. */
export function registerSearchFunctions(db: Database.Database): void {
  if (registered.has(db)) return;
  db.function('search_contains', { deterministic: true }, (text: unknown, term: unknown) =>
    typeof text === 'string' && typeof term === 'string'
      ? Number(searchFold(text).includes(searchFold(term)))
      : 0,
  );
  registered.add(db);
}

/**
 * SQL true for a record `r` still pending, or stale (edited since its row was written:
 * migration 0016), whose `columns` hold the term (parameter `term`), as the index would find
 * it once written. Uncorrelated: SQLite reads those records once per statement, by their id
 * ranges and ids.
 */
export const pendingMatchSql = (columns: readonly string[], term: string): string => {
  // CROSS JOIN: the few stale ids lead (left to itself the planner scanned every record)
  const holds = columns.map((c) => `search_contains(q.${c}, ${term})`).join(' OR ');
  return `r.id IN (SELECT q.id FROM fts_pending p JOIN records q ON q.id BETWEEN p.lo AND p.hi
             WHERE ${holds}
            UNION ALL SELECT q.id FROM fts_stale s CROSS JOIN records q ON q.id = s.id WHERE ${holds})`;
};

/** SQL true for an index row `rowid` that still holds its record's text as written. */
export const NOT_STALE_SQL = 'rowid NOT IN (SELECT id FROM fts_stale)';

/**
 * The pending and stale records' titles by folded trigram, ids ascending: what a `title :
 * "abc"` lookup of the index would add for them once written. Empty when nothing is pending
 * or stale.
 */
export function pendingTitleTrigrams(db: Database.Database): Map<string, number[]> {
  const rows = statement(
    db,
    `SELECT q.id, q.title FROM fts_pending p JOIN records q ON q.id BETWEEN p.lo AND p.hi
      UNION SELECT q.id, q.title FROM fts_stale s CROSS JOIN records q ON q.id = s.id
      ORDER BY 1`,
  ).all() as { id: number; title: string | null }[];
  const out = new Map<string, number[]>();
  for (const { id, title } of rows) {
    if (!title) continue;
    const cs = [...searchFold(title)];
    const seen = new Set<string>();
    for (let i = 0; i + 3 <= cs.length; i++) {
      const g = cs[i]! + cs[i + 1]! + cs[i + 2]!;
      if (seen.has(g)) continue;
      seen.add(g);
      const ids = out.get(g);
      if (ids) ids.push(id);
      else out.set(g, [id]);
    }
  }
  return out;
}
