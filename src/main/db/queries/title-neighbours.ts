/**
 * Records whose titles share a rare run of three characters with the given titles, found
 * through the quick-search trigram index (records_fts) that every write path already
 * keeps: how an import's duplicate check reaches records placed nowhere, or placed
 * wrongly, without reading the ledger. A trigram in more than `maxDocs` titles (社区治,
 * 治理创) says nothing and is skipped; per title only its `perTitle` rarest are followed and
 * the `topK` records sharing most of them kept (as the finder's own n-gram pass does).
 */
import type Database from 'better-sqlite3';
import { UNPLACED } from './identity';

export interface NeighbourOptions {
  maxDocs: number;
  /** rare trigrams followed per title */
  perTitle: number;
  /** records kept per title, best bm25 rank first */
  topK: number;
  /** only records placed nowhere (a placed pair is found by its place instead) */
  unplacedOnly: boolean;
}

/** A title's trigrams as the index cuts them, without spaces and punctuation (never matched). */
function trigrams(title: string): string[] {
  const cs = Array.from(title.normalize('NFKC'));
  const out = new Set<string>();
  for (let i = 0; i + 3 <= cs.length; i++) {
    const g = cs.slice(i, i + 3).join('');
    if (!/[\s\p{P}\p{S}"]/u.test(g)) out.add(g);
  }
  return [...out];
}

export function rareTitleNeighbours(
  db: Database.Database,
  titles: readonly string[],
  opts: NeighbourOptions,
): number[] {
  if (titles.length === 0) return [];
  // fts5vocab reads the index's term list: a temporary view of it, private to this connection.
  db.exec(
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.records_fts_terms USING fts5vocab(main, 'records_fts', 'col')",
  );
  const df = db.prepare("SELECT doc FROM temp.records_fts_terms WHERE term = ? AND col = 'title'");
  const match = db.prepare(
    `SELECT f.rowid AS id FROM records_fts f JOIN records r ON r.id = f.rowid
      WHERE records_fts MATCH ? ${opts.unplacedOnly ? `AND ${UNPLACED}` : ''}
      ORDER BY f.rank LIMIT ?`,
  );
  const docs = new Map<string, number>();
  const out = new Set<number>();
  for (const title of new Set(titles)) {
    const rare = trigrams(title)
      .map((g) => {
        let d = docs.get(g);
        if (d === undefined)
          docs.set(g, (d = (df.get(g.toLowerCase()) as { doc: number } | undefined)?.doc ?? 0));
        return [g, d] as const;
      })
      .filter(([, d]) => d > 0 && d <= opts.maxDocs)
      .sort((a, b) => a[1] - b[1])
      .slice(0, opts.perTitle);
    if (rare.length === 0) continue;
    const q = `title : (${rare.map(([g]) => `"${g}"`).join(' OR ')})`;
    for (const r of match.all(q, opts.topK) as { id: number }[]) out.add(r.id);
  }
  return [...out];
}
