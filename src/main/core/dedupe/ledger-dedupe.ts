/**
 * The finder against the ledger: the whole-ledger report for the review queue, and the
 * check an import runs on its new records (inside the import's transaction, so a
 * failed import leaves no merges or links behind either).
 */
import type Database from 'better-sqlite3';
import { loadDedupeRecords, readDedupeSettings, rejectedPairs } from '../../db/queries/duplicates';
import { listLinks, saveLinks } from '../../db/queries/links';
import { mergeRecords } from '../../db/queries/merge';
import { autoMergeGroups, findDuplicateCandidates, type FindResult } from './find-duplicates';
import { gazetteerRegions } from './gazetteer-regions';
import type { RegionMapper } from './region';

let regions: RegionMapper | null = null;
const mapper = () => (regions ??= gazetteerRegions());

export function findInLedger(db: Database.Database, focusIds?: ReadonlySet<number>): FindResult {
  const s = readDedupeSettings(db);
  return findDuplicateCandidates(loadDedupeRecords(db, focusIds ? [...focusIds] : undefined), {
    thresholds: { high: s.high, low: s.low },
    regions: mapper(),
    isRejected: rejectedPairs(db),
    focusIds,
  });
}

export interface ReportGroup {
  recordIds: number[];
  score: number;
  reasons: string[];
  /** every pair clears the high threshold with places agreeing */
  auto: boolean;
}

export interface LedgerReport {
  groups: ReportGroup[];
  related: { a: number; b: number; relation: string; score: number; reasons: string[] }[];
}

/** The review queue and related pairs: stored links plus any the finder sees now. */
export function duplicateReport(db: Database.Database): LedgerReport {
  const s = readDedupeSettings(db);
  const found = findInLedger(db);
  const related = new Map<string, LedgerReport['related'][number]>();
  for (const l of listLinks(db))
    related.set(`${l.a}:${l.b}:${l.relation}`, {
      ...l,
      reasons: l.source === 'auto' ? [] : ['人工关联'],
    });
  for (const r of found.related) related.set(`${r.a}:${r.b}:${r.relation}`, r);
  return {
    groups: found.groups.map((g) => ({
      recordIds: g.recordIds,
      score: g.score,
      reasons: g.reasons,
      auto: g.autoEligible && g.score >= s.high,
    })),
    related: [...related.values()].sort((x, y) => x.a - y.a || x.b - y.b),
  };
}

/**
 * After a notice is written: merge its records into matches above the high threshold
 * (when auto-merge is on), and link related records. Each merge is its own operation,
 * logged after the import, so undo takes the merge back first and the import next.
 */
export function dedupeAfterImport(
  db: Database.Database,
  newIds: readonly number[],
): { merges: number[][]; links: number } {
  if (newIds.length === 0) return { merges: [], links: 0 };
  const s = readDedupeSettings(db);
  const found = findInLedger(db, new Set(newIds));
  const survivorOf = new Map<number, number>();
  const merges: number[][] = [];
  if (s.autoMerge) {
    for (const g of autoMergeGroups(found, { high: s.high, low: s.low })) {
      const survivor = mergeRecords(db, { ids: g.recordIds, actor: 'auto' });
      for (const id of g.recordIds) survivorOf.set(id, survivor);
      merges.push(g.recordIds);
    }
  }
  const follow = (id: number) => survivorOf.get(id) ?? id;
  const links = saveLinks(
    db,
    found.related.map((r) => ({ ...r, a: follow(r.a), b: follow(r.b) })),
  );
  return { merges, links };
}
