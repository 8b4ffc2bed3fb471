/**
 * The ledger side of duplicate finding: live records in the finder's shape, the
 * thresholds in `settings`, and remembered decisions ("not a duplicate" is never
 * proposed again).
 */
import type Database from 'better-sqlite3';
import { statement } from '../write/statements';
import { LIVE } from './live';
import { mentionWarned } from './mention-warnings';

/** The thresholds as stored; a value never set is left out (the finder's defaults apply). */
export interface StoredDedupeSettings {
  autoMerge?: boolean;
  high?: number;
  low?: number;
}

export const DEDUPE_SETTING_KEYS = {
  autoMerge: 'dedupe.autoMerge',
  high: 'dedupe.high',
  low: 'dedupe.low',
} as const;

export function readDedupeSettings(db: Database.Database): StoredDedupeSettings {
  const get = (k: string) =>
    (
      statement(db, 'SELECT value FROM settings WHERE key = ?').get(k) as
        { value: string } | undefined
    )?.value;
  const num = (k: string) => {
    const raw = get(k);
    const v = Number(raw);
    return raw !== undefined && Number.isFinite(v) ? v : undefined;
  };
  const auto = get(DEDUPE_SETTING_KEYS.autoMerge);
  const out: StoredDedupeSettings = {};
  if (auto !== undefined) out.autoMerge = auto !== 'false';
  const high = num(DEDUPE_SETTING_KEYS.high);
  if (high !== undefined) out.high = high;
  const low = num(DEDUPE_SETTING_KEYS.low);
  if (low !== undefined) out.low = low;
  return out;
}

/**
 * Below this many live records an import's check reads the whole ledger (best IDF weights,
 * identical to the full report); above it, only the records that can share a block with
 * the new ones (app/dedupe/dedupe-pool.ts), so the check costs what the notice names.
 */
export const WHOLE_LEDGER_BELOW = 2_000;

const KINDS = ['zone', 'case', 'observation', 'other'] as const;

const COLUMNS = `r.id, r.kind, r.programme, r.year, r.batch, r.region_code, r.unit_code, r.town, r.title,
  ${mentionWarned('truncated_item')} AS truncated, COALESCE(NULLIF(trim(r.unit), ''), r.region_text)`;

/** A row of COLUMNS as read in raw mode, in their order. */
type Row = [
  id: number,
  kind: string,
  programme: string | null,
  year: number | null,
  batch: string | null,
  regionCode: string | null,
  unitCode: string | null,
  town: string | null,
  title: string | null,
  truncated: number,
  written: string | null,
];

/** A live record as the duplicate finder takes it (core/dedupe's DedupeRecord). */
export interface DedupeRow {
  id: number;
  kind: string;
  programme: string | null;
  year: number | null;
  batch: string | null;
  regionCode: string | null;
  unitCode: string | null;
  town: string | null;
  title: string | null;
  truncated: boolean;
  /** its unit, else its place as written (core/dedupe's DedupeRecord.written) */
  written: string | null;
}

const toRecord = (r: Row): DedupeRow => ({
  id: r[0],
  kind: r[1],
  programme: r[2],
  year: r[3],
  batch: r[4],
  regionCode: r[5],
  unitCode: r[6],
  town: r[7],
  title: r[8],
  truncated: r[9] === 1,
  written: r[10],
});

/**
 * The rows of a statement selecting COLUMNS, as arrays: a large ledger's check reads tens
 * of thousands of them, and the driver's object per row was a third of reading them.
 */
const dedupeRows = (st: Database.Statement, ...params: unknown[]): DedupeRow[] =>
  (st.raw(true).all(...params) as Row[]).map(toRecord);

/** Whether at least `n` records are live (counting stops there: cheap on any ledger). */
export function liveAtLeast(db: Database.Database, n: number): boolean {
  return liveCountUpTo(db, n) >= n;
}

/** How many records are live, counting no further than `limit`. */
export function liveCountUpTo(db: Database.Database, limit: number): number {
  return (
    statement(db, `SELECT count(*) AS n FROM (SELECT 1 FROM records r WHERE ${LIVE} LIMIT ?)`).get(
      limit,
    ) as { n: number }
  ).n;
}

/** Live records (not merged away, not deleted), with whether a notice flagged the title as cut. */
export function loadDedupeRecords(db: Database.Database): DedupeRow[] {
  return dedupeRows(statement(db, `SELECT ${COLUMNS} FROM records r WHERE ${LIVE} ORDER BY r.id`));
}

/** These live records, by id. */
export function dedupeRecordsByIds(db: Database.Database, ids: readonly number[]): DedupeRow[] {
  return dedupeRows(
    statement(
      db,
      `SELECT ${COLUMNS} FROM records r
        WHERE ${LIVE} AND r.id IN (SELECT value FROM json_each(?)) ORDER BY r.id`,
    ),
    JSON.stringify(ids),
  );
}

interface DedupePool {
  ids: readonly number[];
  /** region codes as stored */
  codes: readonly string[];
  /** titles as written */
  titles: readonly string[];
  /**
   * a title as written that more live records carry than this brings none of them (those
   * filed near come by their codes)
   */
  titleUpTo?: number;
}

/**
 * The live records an import's check compares its new records with: the given ids, the
 * records filed under the given codes and those with one of the titles, each kind read
 * through its live (kind, region_code) and (kind, title) index.
 */
export function loadDedupePool(db: Database.Database, pool: DedupePool): DedupeRow[] {
  return dedupeRecordsByIds(db, dedupePoolIds(db, pool));
}

/** The ids loadDedupePool reads (the given ones may not be live). */
export function dedupePoolIds(db: Database.Database, pool: DedupePool): number[] {
  const ids = new Set(pool.ids);
  const byCode = statement(
    db,
    `SELECT id FROM records r WHERE ${LIVE} AND kind = ?
        AND region_code IN (SELECT value FROM json_each(?))`,
  );
  const byTitle = statement(
    db,
    `SELECT id FROM records r WHERE ${LIVE} AND kind = ?
        AND title IN (SELECT value FROM json_each(?))`,
  );
  const codes = JSON.stringify(pool.codes);
  const titles = JSON.stringify(titlesCarriedUpTo(db, pool.titles, pool.titleUpTo));
  for (const kind of KINDS) {
    for (const r of byCode.all(kind, codes) as { id: number }[]) ids.add(r.id);
    for (const r of byTitle.all(kind, titles) as { id: number }[]) ids.add(r.id);
  }
  return [...ids];
}

/**
 * The titles no more than `upTo` live records carry, counted in the title index (a count
 * per title is cheaper than reading every carrier's id, and far cheaper than its title).
 */
function titlesCarriedUpTo(
  db: Database.Database,
  titles: readonly string[],
  upTo: number | undefined,
): readonly string[] {
  if (upTo === undefined || titles.length === 0) return titles;
  const count = statement(
    db,
    `SELECT title, count(*) FROM records r WHERE ${LIVE} AND kind = ?
        AND title IN (SELECT value FROM json_each(?)) GROUP BY title`,
  ).raw(true);
  const asked = JSON.stringify(titles);
  const carried = new Map<string, number>();
  for (const kind of KINDS)
    for (const [title, n] of count.all(kind, asked) as [string, number][])
      carried.set(title, (carried.get(title) ?? 0) + n);
  return titles.filter((t) => (carried.get(t) ?? 0) <= upTo);
}

/** Province-level codes (11 北京 … 82 澳门): a record filed under one is placed nowhere. */
const PROVINCE_CODES = JSON.stringify(Array.from({ length: 90 }, (_, i) => `${i + 10}0000`));

/**
 * Up to `limit` + 1 live records placed nowhere: no region code, or a whole province's
 * (the importer and the edit path store the gazetteer's six-digit code or none). Read
 * through the live region index, so a ledger with few of them answers at once.
 */
export function unplacedIds(db: Database.Database, limit: number): number[] {
  // Two lookups, not one OR: the planner answers the OR by scanning the kind.
  const none = statement(
    db,
    `SELECT id FROM records r WHERE ${LIVE} AND kind = ? AND region_code IS NULL LIMIT ?`,
  );
  const province = statement(
    db,
    `SELECT id FROM records r WHERE ${LIVE} AND kind = ?
        AND region_code IN (SELECT value FROM json_each(?)) LIMIT ?`,
  );
  const out: number[] = [];
  for (const kind of KINDS) {
    for (const r of none.all(kind, limit + 1) as { id: number }[]) out.push(r.id);
    for (const r of province.all(kind, PROVINCE_CODES, limit + 1) as { id: number }[])
      out.push(r.id);
    if (out.length > limit) break;
  }
  return out;
}

/** Which of these records are live and placed nowhere (as unplacedIds counts them). */
export function unplacedAmong(db: Database.Database, ids: readonly number[]): number[] {
  return (
    statement(
      db,
      `SELECT id FROM records r
        WHERE r.id IN (SELECT value FROM json_each(?)) AND ${LIVE}
          AND kind IN (SELECT value FROM json_each(?))
          AND (region_code IS NULL OR region_code IN (SELECT value FROM json_each(?)))`,
    ).all(JSON.stringify(ids), JSON.stringify(KINDS), PROVINCE_CODES) as { id: number }[]
  ).map((r) => r.id);
}

/** "Not a duplicate" decisions, as a lookup the finder asks before proposing a pair. */
export function rejectedPairs(db: Database.Database): (a: number, b: number) => boolean {
  const rows = statement(
    db,
    "SELECT record_a, record_b FROM pair_decisions WHERE decision = 'not_duplicate'",
  ).all() as {
    record_a: number;
    record_b: number;
  }[];
  const rejected = new Set(rows.map((r) => `${r.record_a}:${r.record_b}`));
  return (a, b) => rejected.has(a < b ? `${a}:${b}` : `${b}:${a}`);
}
