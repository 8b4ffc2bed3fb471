/**
 * The records an import's duplicate check reads: its new records and only those a
 * candidate pair can reach (core/dedupe/candidates.ts) — the ones filed in the same county
 * today or at city level in the same city (renamed units included), those with the same
 * title as written (unless hundreds carry it), and those placed nowhere (all of them while
 * they are few, else those sharing a rare title trigram).
 * Every lookup goes through an index the write path keeps in the same transaction (the
 * live region and title indexes, the quick-search trigram index), so undo, redo, merges
 * and restores keep them true, and the check grows with the notice, not the ledger.
 */
import type Database from 'better-sqlite3';
import {
  dedupePoolIds,
  loadDedupeRecords,
  WHOLE_LEDGER_BELOW,
  type DedupeRow,
} from '../../db/queries/duplicates';
import {
  keptDedupeRows,
  keptDedupeRowsBelow,
  keptNear,
  type KeptNear,
} from '../../db/queries/kept-dedupe-rows';
import { MAX_TITLE_GROUP } from '../../core/dedupe/candidates';
import { rareTitleNeighbours } from '../../db/queries/title-neighbours';
import { codesNear, placeOfCode, type KeptRegionCodes } from './nearby-codes';

/** Up to this many records placed nowhere are all read; past it, those a title points at. */
const ALL_UNPLACED_UP_TO = 500;

/** Trigrams in more titles than this are too common to point at a duplicate. */
const MAX_TRIGRAM_DOCS = 100;

/** Records a title's rare trigrams point at, and how many of them a title keeps. */
const NEIGHBOURS = { maxDocs: MAX_TRIGRAM_DOCS, perTitle: 4, topK: 10 };

export interface DedupePoolRows {
  rows: readonly DedupeRow[];
  /** the whole of a small ledger, as kept for this connection (kept-dedupe-rows.ts) */
  kept: boolean;
}

export function dedupeRecordsNear(
  db: Database.Database,
  focus?: readonly number[],
  /** live region codes by city kept for this state of the ledger (an import's) */
  stored?: KeptRegionCodes,
): DedupePoolRows {
  // a small ledger's rows kept from the last check answer without counting it again
  const small = keptDedupeRowsBelow(db, WHOLE_LEDGER_BELOW);
  if (small) return { rows: small, kept: true };
  // one look at the change log serves every read of this check (nothing writes in between)
  const kept = keptNear(db);
  if (!kept.liveAtLeast(WHOLE_LEDGER_BELOW)) return { rows: keptDedupeRows(db), kept: true };
  if (!focus) return { rows: loadDedupeRecords(db), kept: false };
  return { rows: nearRecords(db, kept, focus, stored), kept: false };
}

/** The province codes (320000) these records are filed at, each once. */
const provinceCodes = (rows: readonly DedupeRow[]): string[] => [
  ...new Set(
    rows.flatMap((r) => (r.regionCode && /^\d{2}0000$/.test(r.regionCode) ? [r.regionCode] : [])),
  ),
];

function nearRecords(
  db: Database.Database,
  kept: KeptNear,
  focus: readonly number[],
  stored: KeptRegionCodes | undefined,
): DedupeRow[] {
  const own = kept.rowsByIds(focus);
  const titlesOf = (rs: readonly DedupeRow[]) => rs.flatMap((r) => (r.title ? [r.title] : []));
  const placed = own.filter((r) => placeOfCode(r.regionCode).known);
  const unplaced = own.filter((r) => !placeOfCode(r.regionCode).known);
  const nowhere = kept.unplacedIds(ALL_UNPLACED_UP_TO);
  const ids = dedupePoolIds(db, {
    ids: [
      ...focus,
      // a record placed nowhere pairs by title with any record; a placed one with those
      // placed nowhere (the finder's n-gram pass): all of them while they are few
      ...rareTitleNeighbours(db, titlesOf(unplaced), { ...NEIGHBOURS, unplacedOnly: false }),
      ...(nowhere ??
        rareTitleNeighbours(db, titlesOf(placed), { ...NEIGHBOURS, unplacedOnly: true })),
    ],
    // a province's own code (江苏省 320000) is placed nowhere, yet blocks with its own others
    codes: [
      ...codesNear(
        db,
        own.map((r) => r.regionCode),
        stored,
      ),
      ...provinceCodes(unplaced),
    ],
    titles: titlesOf(own),
    // A template title carried by hundreds of records across the country pairs none of them
    // (candidates.ts pass (b), nor pass (c): each of its grams is in as many); those filed
    // near the notice still come by their codes. The far ones were read for the pool's gram
    // counts alone — several hundred rows a notice at 100k, weighing the template's words as
    // if a third of the ledger held them.
    titleUpTo: MAX_TITLE_GROUP,
  });
  return kept.rowsByIds(ids);
}
