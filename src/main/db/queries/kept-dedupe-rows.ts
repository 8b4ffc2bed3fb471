/**
 * The live records in the duplicate finder's shape, kept per connection between checks and
 * brought up to date from what changed since: reading the whole ledger again for every
 * imported notice was most of a small ledger's duplicate check.
 *
 * What changed is noted by the record change log (record-change-log.ts): every record whose
 * finder columns or mentions change. The kept rows are trusted only while that log says
 * so; anything else reads the whole ledger again, exactly as before.
 *
 * A record that did not change keeps its row object, so the finder's own index
 * (core/dedupe/feature-index.ts) can tell new records from changed ones by identity.
 */
import type Database from 'better-sqlite3';
import {
  dedupeRecordsByIds,
  liveAtLeast,
  liveCountUpTo,
  loadDedupeRecords,
  unplacedAmong,
  unplacedIds,
  type DedupeRow,
} from './duplicates';
import {
  changedSince,
  keptUpToDate,
  leaveMark,
  recordChangeLog,
  startLog,
  stillTrue,
  versions,
  type LoggedAt,
} from './record-change-log';

/** Only the columns the finder reads: a status or content edit is not worth a look. */
const FINDER_COLUMNS =
  'kind, programme, year, batch, region_code, unit_code, town, title, unit, region_text';

const LOG = recordChangeLog('dedupe_row_changes', (log) => [
  `CREATE TEMP TRIGGER IF NOT EXISTS dedupe_rows_insert AFTER INSERT ON main.records
     BEGIN INSERT INTO ${log}(record_id) VALUES (new.id); END`,
  `CREATE TEMP TRIGGER IF NOT EXISTS dedupe_rows_update
     AFTER UPDATE OF id, ${FINDER_COLUMNS}, merged_into, deleted_at ON main.records
     BEGIN INSERT INTO ${log}(record_id) VALUES (old.id), (new.id); END`,
  `CREATE TEMP TRIGGER IF NOT EXISTS dedupe_rows_delete AFTER DELETE ON main.records
     BEGIN INSERT INTO ${log}(record_id) VALUES (old.id); END`,
  // the finder's "title cut short" flag comes from the record's mentions
  `CREATE TEMP TRIGGER IF NOT EXISTS dedupe_mentions_insert AFTER INSERT ON main.mentions
     BEGIN INSERT INTO ${log}(record_id) VALUES (new.record_id); END`,
  `CREATE TEMP TRIGGER IF NOT EXISTS dedupe_mentions_update
     AFTER UPDATE OF record_id, extracted ON main.mentions
     BEGIN INSERT INTO ${log}(record_id) VALUES (old.record_id), (new.record_id); END`,
  `CREATE TEMP TRIGGER IF NOT EXISTS dedupe_mentions_delete AFTER DELETE ON main.mentions
     BEGIN INSERT INTO ${log}(record_id) VALUES (old.record_id); END`,
]);

interface Kept extends LoggedAt {
  byId: Map<number, DedupeRow>;
  /** by id ascending, as loadDedupeRecords returns them */
  list: DedupeRow[];
}

const kept = new WeakMap<Database.Database, Kept>();

function readAll(db: Database.Database): Kept {
  startLog(db, LOG);
  const list = loadDedupeRecords(db).map((r) => Object.freeze(r));
  return {
    byId: new Map(list.map((r) => [r.id, r])),
    list,
    mark: leaveMark(db, LOG),
    ...versions(db),
  };
}

const sameRow = (a: DedupeRow, b: DedupeRow) =>
  a.kind === b.kind &&
  a.programme === b.programme &&
  a.year === b.year &&
  a.batch === b.batch &&
  a.regionCode === b.regionCode &&
  a.unitCode === b.unitCode &&
  a.town === b.town &&
  a.title === b.title &&
  a.written === b.written &&
  a.truncated === b.truncated;

/** Brings the kept rows up to date with the records noted since the mark. */
function catchUp(db: Database.Database, k: Kept, changed: readonly number[]): void {
  if (changed.length === 0) return;
  if (changed.length > 500 && changed.length > k.list.length / 2) {
    Object.assign(k, readAll(db)); // most of the ledger changed (a restore): read it whole
    return;
  }
  const now = new Map(dedupeRecordsByIds(db, changed).map((r) => [r.id, r]));
  const last = k.list.length ? k.list[k.list.length - 1]!.id : 0;
  const added: DedupeRow[] = [];
  let appendOnly = true;
  for (const id of changed) {
    const before = k.byId.get(id);
    const after = now.get(id);
    if (before && after && sameRow(before, after)) continue;
    if (before || id <= last) appendOnly = false;
    if (after) {
      const row = Object.freeze(after);
      k.byId.set(id, row);
      added.push(row);
    } else k.byId.delete(id);
  }
  // A new array each time (a caller may still hold the last answer); records that only
  // came after all the others, in id order, go at the end, anything else sorts again.
  if (appendOnly) k.list = [...k.list, ...added];
  else k.list = [...k.byId.values()].sort((a, b) => a.id - b.id);
  k.mark = leaveMark(db, LOG);
}

/**
 * Every live record in the finder's shape, by id (loadDedupeRecords' answer), from the
 * rows kept for this connection when they can be trusted. The answer must not be changed.
 */
export function keptDedupeRows(db: Database.Database): readonly DedupeRow[] {
  // A read-only connection cannot keep a change log: it reads the ledger each time.
  if (db.readonly) return loadDedupeRecords(db);
  return keptUpToDate(db, LOG, kept, readAll, catchUp).list;
}

/**
 * The kept rows when they can be trusted and are fewer than `n` live records — then they
 * answer both "is the ledger small?" and "its rows" without counting the ledger again.
 * Null when nothing is kept, or the ledger may have reached `n` (it is then no longer kept:
 * a large ledger's check reads only the records near the notice).
 */
export function keptDedupeRowsBelow(db: Database.Database, n: number): readonly DedupeRow[] | null {
  if (db.readonly) return null;
  const k = kept.get(db);
  if (!k) return null;
  if (!stillTrue(db, LOG, k)) {
    kept.delete(db);
    return null;
  }
  const changed = changedSince(db, LOG, k.mark);
  // each change adds at most one live record
  if (k.list.length + changed.length >= n) {
    kept.delete(db);
    return null;
  }
  catchUp(db, k, changed);
  return k.list;
}

/** Rows kept by id are dropped all at once past this many (a 100k ledger's would be ~20 MB). */
const MAX_BY_ID = 50_000;

/** What a large ledger's checks keep for this connection, true as of its mark. */
interface Near extends LoggedAt {
  /** rows read by id */
  byId: Map<number, DedupeRow>;
  /** at least this many live records (null: not counted) */
  live: number | null;
  /** every live record placed nowhere (null: not known) */
  unplaced: Set<number> | null;
}

const nearKept = new WeakMap<Database.Database, Near>();

/** What is kept for a large ledger's checks, brought up to date with the change log. */
function near(db: Database.Database): Near {
  let k = nearKept.get(db);
  if (!k || !stillTrue(db, LOG, k)) {
    startLog(db, LOG);
    k = { byId: new Map(), live: null, unplaced: null, mark: leaveMark(db, LOG), ...versions(db) };
    nearKept.set(db, k);
    return k;
  }
  const changed = changedSince(db, LOG, k.mark);
  if (changed.length === 0) return k; // the mark still says where the kept facts stand
  for (const id of changed) k.byId.delete(id);
  // each record noted takes at most one live record away
  if (k.live !== null) k.live -= changed.length;
  if (k.unplaced) {
    for (const id of changed) k.unplaced.delete(id);
    for (const id of unplacedAmong(db, changed)) k.unplaced.add(id);
  }
  k.mark = leaveMark(db, LOG);
  return k;
}

/**
 * One check's reads of what is kept for a large ledger, brought up to date with the change
 * log once: a check reads the live count, the records placed nowhere and rows by id with no
 * write in between, and making sure of the kept state for each read cost more than some of
 * the reads. Valid until the next write.
 */
export interface KeptNear {
  /** These live records by id (dedupeRecordsByIds' answer). The answer must not be changed. */
  rowsByIds(ids: readonly number[]): DedupeRow[];
  /** Whether at least `n` records are live (liveAtLeast's answer). */
  liveAtLeast(n: number): boolean;
  /** The live records placed nowhere when at most `limit`, else null (unplacedIds' answer, in another order). */
  unplacedIds(limit: number): number[] | null;
}

export function keptNear(db: Database.Database): KeptNear {
  const fresh = (limit: number) => {
    const ids = unplacedIds(db, limit);
    return ids.length <= limit ? new Set(ids) : null;
  };
  // A read-only connection cannot keep a change log: it reads the ledger each time.
  if (db.readonly)
    return {
      rowsByIds: (ids) => dedupeRecordsByIds(db, ids),
      liveAtLeast: (n) => liveAtLeast(db, n),
      unplacedIds: (limit) => {
        const ids = fresh(limit);
        return ids && [...ids];
      },
    };
  const k = near(db);
  return {
    rowsByIds: (ids) => rowsByIds(db, k, ids),
    liveAtLeast: (n) => {
      // counted past n, so that many notices pass before it is counted again
      if (k.live === null || k.live < n) k.live = liveCountUpTo(db, 4 * n);
      return k.live >= n;
    },
    unplacedIds: (limit) => {
      k.unplaced ??= fresh(limit);
      return k.unplaced && k.unplaced.size <= limit ? [...k.unplaced] : null;
    },
  };
}

/**
 * Rows read for an earlier check and unchanged since (the same change log as above says
 * which) are taken from those kept: a large ledger's check reads the records near each
 * notice, and reading them again (their mentions' flags included) was a third of it.
 */
function rowsByIds(db: Database.Database, k: Near, ids: readonly number[]): DedupeRow[] {
  const byId = k.byId;
  const wanted = [...new Set(ids)];
  let missing = wanted.filter((id) => !byId.has(id));
  if (byId.size + missing.length > MAX_BY_ID) {
    byId.clear();
    missing = wanted;
  }
  // read as of the mark: nothing was written since it was left
  for (const r of dedupeRecordsByIds(db, missing)) byId.set(r.id, Object.freeze(r));
  const out: DedupeRow[] = [];
  for (const id of wanted) {
    const r = byId.get(id);
    if (r) out.push(r);
  }
  return out.sort((a, b) => a.id - b.id);
}

/** keptNear(db).rowsByIds, for one read. */
export const keptDedupeRowsByIds = (db: Database.Database, ids: readonly number[]) =>
  keptNear(db).rowsByIds(ids);

/**
 * keptNear(db).liveAtLeast, for one read: counted again only when the records noted since
 * the last count could have taken it below `n` (counting up to 2,000 live records for every
 * notice was a tenth of a large ledger's check).
 */
export const keptLiveAtLeast = (db: Database.Database, n: number) => keptNear(db).liveAtLeast(n);

/** keptNear(db).unplacedIds, for one read: kept, and brought up to date from the records noted since. */
export const keptUnplacedIds = (db: Database.Database, limit: number) =>
  keptNear(db).unplacedIds(limit);
