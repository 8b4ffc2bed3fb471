/**
 * Records whose titles share a rare run of three characters with the given titles, found
 * through the quick-search trigram index (records_fts) that every write path already
 * keeps: how an import's duplicate check reaches records placed nowhere, or placed
 * wrongly, without reading the ledger. A trigram in more than `maxDocs` titles (社区治,
 * 治理创) says nothing and is skipped; per title only its `perTitle` rarest are followed and
 * the `topK` records sharing most of them kept (as the finder's own n-gram pass does).
 * Each trigram is looked up by itself, at most `maxDocs` + 1 postings read.
 */
import type Database from 'better-sqlite3';
import { statement } from '../write/statements';
import { UNPLACED } from './identity';
import { NOT_STALE_SQL, pendingTitleTrigrams, searchFold } from './pending-search';

interface NeighbourOptions {
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
  // records whose search rows are still pending or stale: found by their own titles
  const pending = pendingTitleTrigrams(db);
  // One more than maxDocs is enough to know a trigram is too common: a common one costs
  // no more than a rare one, however large the ledger. A stale row's text is not its record's.
  const docs = statement(
    db,
    `SELECT rowid AS id FROM records_fts WHERE records_fts MATCH ? AND ${NOT_STALE_SQL}
      ORDER BY rowid LIMIT ?`,
  );
  const unplaced = statement(
    db,
    `SELECT id FROM records r WHERE id IN (SELECT value FROM json_each(?)) AND ${UNPLACED}`,
  );
  const postings = new Map<string, number[]>();
  const out = new Set<number>();
  for (const title of new Set(titles)) {
    const rare = trigrams(title)
      .map((g) => {
        let ids = postings.get(g);
        if (ids === undefined) {
          ids = (docs.all(`title : "${g}"`, opts.maxDocs + 1) as { id: number }[]).map((r) => r.id);
          const more = pending.get(searchFold(g));
          // the first maxDocs + 1 ids of both, as the index would give them once written
          if (more)
            ids = [...new Set([...ids, ...more])].sort((a, b) => a - b).slice(0, opts.maxDocs + 1);
          postings.set(g, ids);
        }
        return ids;
      })
      .filter((ids) => ids.length > 0 && ids.length <= opts.maxDocs)
      .sort((a, b) => a.length - b.length)
      .slice(0, opts.perTitle);
    // the records sharing most of the title's rare trigrams, then the rarest
    const shared = new Map<number, number>();
    for (const ids of rare) for (const id of ids) shared.set(id, (shared.get(id) ?? 0) + 1);
    let ids = [...shared.keys()];
    if (opts.unplacedOnly && ids.length)
      ids = (unplaced.all(JSON.stringify(ids)) as { id: number }[]).map((r) => r.id);
    ids
      .sort((a, b) => shared.get(b)! - shared.get(a)! || a - b)
      .slice(0, opts.topK)
      .forEach((id) => out.add(id));
  }
  return [...out];
}
