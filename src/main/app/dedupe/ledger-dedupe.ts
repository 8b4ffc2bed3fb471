/**
 * The finder against the ledger: the whole-ledger report for the review queue, and the
 * check an import runs on its new records (inside the import's transaction, so a
 * failed import leaves no merges or links behind either).
 */
import type Database from 'better-sqlite3';
import type { DedupeSettings } from '../../../shared/duplicate-review';
import { FeatureIndex } from '../../core/dedupe/feature-index';
import {
  autoMergeGroups,
  findDuplicateCandidates,
  type FindResult,
} from '../../core/dedupe/find-duplicates';
import { titleKey } from '../../core/dedupe/normalize';
import { DEFAULT_THRESHOLDS, type RelatedPair } from '../../core/dedupe/types';
import type { LedgerHandle } from '../../db/ledger';
import { readDedupeSettings, rejectedPairs } from '../../db/queries/duplicates';
import { recordsByIds } from '../../db/queries/records';
import { linkId, listLinks, refusedLinks } from '../../db/queries/links';
import type { RowImage } from '../../db/write/ledger-tables';
import type { WriteTx } from '../../db/write/write-tx';
import { dedupeRecordsNear } from './dedupe-pool';
import { mergeRecords } from './merge-records';
import { regionMapper as mapper, type KeptRegionCodes } from './nearby-codes';

/** The thresholds in force: the stored ones, else the finder's defaults. */
export function dedupeSettings(ledger: LedgerHandle): DedupeSettings {
  const s = readDedupeSettings(ledger.db);
  return {
    autoMerge: s.autoMerge ?? true,
    high: s.high ?? DEFAULT_THRESHOLDS.high,
    low: s.low ?? DEFAULT_THRESHOLDS.low,
  };
}

/**
 * Per connection, the finder's features of the small ledger's records as of its last
 * check: the next import's check extends them by the records it added.
 */
const indexes = new WeakMap<Database.Database, FeatureIndex>();
function indexOf(db: Database.Database): FeatureIndex {
  let index = indexes.get(db);
  if (!index) indexes.set(db, (index = new FeatureIndex(mapper())));
  return index;
}

export function findInLedger(
  ledger: LedgerHandle,
  focusIds?: ReadonlySet<number>,
  stored?: KeptRegionCodes,
): FindResult {
  const db = ledger.db;
  const s = dedupeSettings(ledger);
  const pool = dedupeRecordsNear(db, focusIds ? [...focusIds] : undefined, stored);
  return findDuplicateCandidates(pool.rows, {
    thresholds: { high: s.high, low: s.low },
    regions: mapper(),
    index: pool.kept ? indexOf(db) : undefined,
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
export function duplicateReport(ledger: LedgerHandle): LedgerReport {
  const s = dedupeSettings(ledger);
  const found = findInLedger(ledger);
  const related = new Map<string, LedgerReport['related'][number]>();
  for (const l of listLinks(ledger.db))
    related.set(`${l.a}:${l.b}:${l.relation}`, {
      ...l,
      reasons: l.source === 'auto' ? [] : ['人工关联'],
    });
  // A pair a person took apart is not proposed again, as a rejected duplicate is not.
  const refused = refusedLinks(ledger.db);
  for (const r of found.related)
    if (!refused(r.a, r.b)) related.set(`${r.a}:${r.b}:${r.relation}`, r);
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
 * Adds links found automatically; a link already there keeps its row (a person may have set
 * it), and a pair a person took apart (解除关联) stays apart whatever the finder sees. The new
 * ones are written together (insertMany: the ids and the log one insert each would give), as a
 * large ledger's notice links a few dozen pairs; a pair found twice is written once.
 */
function saveLinks(
  tx: WriteTx,
  links: readonly Pick<RelatedPair, 'a' | 'b' | 'relation' | 'score'>[],
) {
  const refused = links.length > 0 ? refusedLinks(tx.db) : () => false;
  const rows = new Map<string, RowImage>();
  for (const l of links) {
    if (l.a === l.b || refused(l.a, l.b)) continue;
    const [a, b] = l.a < l.b ? [l.a, l.b] : [l.b, l.a];
    const key = `${a}:${b}:${l.relation}`;
    if (rows.has(key) || linkId(tx.db, a, b, l.relation) !== null) continue;
    rows.set(key, {
      record_a: a,
      record_b: b,
      relation: l.relation,
      score: l.score,
      source: 'auto',
    });
  }
  tx.insertMany('record_links', [...rows.values()]);
  return rows.size;
}

/**
 * After a notice is written, inside its import: merge its records into matches above the
 * high threshold (when auto-merge is on), each merge an operation of its own by 自动 (so
 * undo takes the merges back first and the import next), and link related records.
 */
export function dedupeAfterImport(
  tx: WriteTx,
  newIds: readonly number[],
  /** the notice's live region codes by city, kept since its identity check */
  stored?: KeptRegionCodes,
): { merges: number[][]; links: number } {
  if (newIds.length === 0) return { merges: [], links: 0 };
  const ledger = { db: tx.db };
  const s = dedupeSettings(ledger);
  const found = ownItemsForReview(tx.db, findInLedger(ledger, new Set(newIds), stored), newIds);
  const survivorOf = new Map<number, number>();
  const merges: number[][] = [];
  if (s.autoMerge) {
    for (const g of autoMergeGroups(found, { high: s.high, low: s.low })) {
      const survivor = mergeRecords(ledger, { ids: g.recordIds, actor: 'auto' });
      for (const id of g.recordIds) survivorOf.set(id, survivor);
      merges.push(g.recordIds);
    }
  }
  const follow = (id: number) => survivorOf.get(id) ?? id;
  const links = saveLinks(
    tx,
    found.related.map((r) => ({ ...r, a: follow(r.a), b: follow(r.b) })),
  );
  return { merges, links };
}

/**
 * Two items of the notice being imported, each with its own title, are two things the notice
 * lists — one district holding several zones or cases whose titles differ by a number is common
 * in real lists — so they go to the review queue, never merged unseen. The same title twice is a
 * repeated line and still merges.
 */
function ownItemsForReview(
  db: Database.Database,
  found: FindResult,
  newIds: readonly number[],
): FindResult {
  const own = new Set(newIds);
  const inside = found.pairs.filter((p) => p.autoEligible && own.has(p.a) && own.has(p.b));
  if (inside.length === 0) return found;
  const ids = [...new Set(inside.flatMap((p) => [p.a, p.b]))];
  const key = new Map(recordsByIds(db, ids).map((r) => [r.id, titleKey(r.title)]));
  const apart = (a: number, b: number) => (key.get(a) ?? '') !== (key.get(b) ?? '');
  return {
    ...found,
    pairs: found.pairs.map((p) =>
      own.has(p.a) && own.has(p.b) && apart(p.a, p.b) ? { ...p, autoEligible: false } : p,
    ),
  };
}
