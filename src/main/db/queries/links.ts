/**
 * Related links (record_links): the same place in another programme, a renamed place,
 * parent and child units. Links, not merges: both records stay. The record panel reads
 * this table too; a link to a record merged away is shown on its survivor.
 */
import type Database from 'better-sqlite3';
import type { RelatedPair } from '../../core/dedupe/types';

export interface StoredLink {
  a: number;
  b: number;
  relation: string;
  score: number;
  source: string;
}

/** Adds links found automatically; a link already there keeps its row (a person may have set it). */
export function saveLinks(
  db: Database.Database,
  links: readonly Pick<RelatedPair, 'a' | 'b' | 'relation' | 'score'>[],
): number {
  const put = db.prepare(
    `INSERT INTO record_links(record_a, record_b, relation, score, source) VALUES (?, ?, ?, ?, 'auto')
     ON CONFLICT(record_a, record_b, relation) DO NOTHING`,
  );
  let n = 0;
  for (const l of links) {
    if (l.a === l.b) continue;
    const [a, b] = l.a < l.b ? [l.a, l.b] : [l.b, l.a];
    n += put.run(a, b, l.relation, l.score).changes;
  }
  return n;
}

/** Links between live records, each end followed to its survivor; self-links after a merge dropped. */
export function listLinks(db: Database.Database): StoredLink[] {
  const rows = db
    .prepare(
      `WITH RECURSIVE top(id, live) AS (
         SELECT id, id FROM records WHERE merged_into IS NULL
         UNION ALL SELECT r.id, t.live FROM records r JOIN top t ON r.merged_into = t.id
       )
       SELECT ta.live AS a, tb.live AS b, l.relation, MAX(l.score) AS score, MIN(l.source) AS source
         FROM record_links l JOIN top ta ON ta.id = l.record_a JOIN top tb ON tb.id = l.record_b
         JOIN records ra ON ra.id = ta.live JOIN records rb ON rb.id = tb.live
        WHERE ta.live <> tb.live AND ra.deleted_at IS NULL AND rb.deleted_at IS NULL
        GROUP BY ta.live, tb.live, l.relation ORDER BY a, b`,
    )
    .all() as StoredLink[];
  return rows.map((r) => (r.a < r.b ? r : { ...r, a: r.b, b: r.a }));
}
