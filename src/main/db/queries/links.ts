/**
 * Related links (record_links): the same place in another programme, a renamed place,
 * parent and child units. Links, not merges: both records stay. The record panel reads
 * this table too; a link to a record merged away is shown on its survivor.
 */
import type Database from 'better-sqlite3';
import { statement } from '../write/statements';

/** The link of this pair and relation, if there is one (its row id). */
export function linkId(
  db: Database.Database,
  a: number,
  b: number,
  relation: string,
): number | null {
  const row = statement(
    db,
    'SELECT id FROM record_links WHERE record_a = ? AND record_b = ? AND relation = ?',
  ).get(a, b, relation) as { id: number } | undefined;
  return row?.id ?? null;
}

export interface StoredLink {
  a: number;
  b: number;
  relation: string;
  score: number;
  source: string;
}

/** Links between live records, each end followed to its survivor; self-links after a merge dropped. */
export function listLinks(db: Database.Database): StoredLink[] {
  const rows = statement(
    db,
    `WITH RECURSIVE top(id, live) AS (
         SELECT id, id FROM records WHERE merged_into IS NULL
         UNION ALL SELECT r.id, t.live FROM records r JOIN top t ON r.merged_into = t.id
       )
       SELECT ta.live AS a, tb.live AS b, l.relation, MAX(l.score) AS score, MIN(l.source) AS source
         FROM record_links l JOIN top ta ON ta.id = l.record_a JOIN top tb ON tb.id = l.record_b
         JOIN records ra ON ra.id = ta.live JOIN records rb ON rb.id = tb.live
        WHERE ta.live <> tb.live AND ra.deleted_at IS NULL AND rb.deleted_at IS NULL
        GROUP BY ta.live, tb.live, l.relation ORDER BY a, b`,
  ).all() as StoredLink[];
  return rows.map((r) => (r.a < r.b ? r : { ...r, a: r.b, b: r.a }));
}

/**
 * The refusals with each end followed to its survivor (a merged record refuses as it). Walked
 * up from the refused ends through `merged_into`, not down from every live record: the walk
 * reads the few rows on the refusals' chains instead of the whole ledger, which every import
 * that links paid (a scan of all records a file). UNION, not UNION ALL: a chain that loops
 * ends instead of running on; like a chain that ends at a missing record, it has no survivor.
 * CROSS JOIN keeps that order and NOT INDEXED leaves each step one read by id: with the
 * ledger's statistics SQLite would rather scan the records by `records_merged` (merged or
 * not) and look each up in the walk.
 */
export const LIVE_REFUSALS = `WITH RECURSIVE up(stored, id) AS (
         SELECT record_a, record_a FROM link_refusals
         UNION SELECT record_b, record_b FROM link_refusals
         UNION SELECT up.stored, r.merged_into FROM up CROSS JOIN records r NOT INDEXED ON r.id = up.id
                WHERE r.merged_into IS NOT NULL
       ),
       top(stored, live) AS (
         SELECT up.stored, up.id FROM up CROSS JOIN records r NOT INDEXED ON r.id = up.id
          WHERE r.merged_into IS NULL
       )
       SELECT f.record_a AS storedA, f.record_b AS storedB, ta.live AS a, tb.live AS b
         FROM link_refusals f JOIN top ta ON ta.stored = f.record_a
         JOIN top tb ON tb.stored = f.record_b`;

interface LiveRefusal {
  storedA: number;
  storedB: number;
  a: number;
  b: number;
}

/**
 * The pairs a person took apart (解除关联), each end followed to its survivor, as a test
 * on two live ids in either order: a refused record merged into another still refuses the
 * link on the record it became.
 */
export function refusedLinks(db: Database.Database): (a: number, b: number) => boolean {
  const rows = statement(db, LIVE_REFUSALS).all() as LiveRefusal[];
  const refused = new Set(rows.map((r) => (r.a < r.b ? `${r.a}:${r.b}` : `${r.b}:${r.a}`)));
  return (a, b) => refused.has(a < b ? `${a}:${b}` : `${b}:${a}`);
}

/**
 * The stored refusal rows that refuse a live pair, read once for a whole selection: a refusal
 * made before either end was merged is stored on the merged-away id, so linking the survivors
 * by hand must find it there to take it back.
 */
export function refusalRows(
  db: Database.Database,
): (a: number, b: number) => { record_a: number; record_b: number }[] {
  const rows = statement(db, LIVE_REFUSALS).all() as LiveRefusal[];
  return (a, b) =>
    rows
      .filter((r) => (r.a === a && r.b === b) || (r.a === b && r.b === a))
      .map((r) => ({ record_a: r.storedA, record_b: r.storedB }));
}
