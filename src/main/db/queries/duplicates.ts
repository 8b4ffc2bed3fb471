/**
 * The ledger side of duplicate finding: live records in the finder's shape, the
 * thresholds in `settings`, and remembered decisions ("not a duplicate" is never
 * proposed again).
 */
import type Database from 'better-sqlite3';
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
    (db.prepare('SELECT value FROM settings WHERE key = ?').get(k) as { value: string } | undefined)
      ?.value;
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
 * the new ones, so a long import history stays linear instead of quadratic.
 */
export const WHOLE_LEDGER_BELOW = 2_000;

const COLUMNS = `r.id, r.kind, r.programme, r.year, r.batch, r.region_code, r.unit_code, r.town, r.title,
  ${mentionWarned('truncated_item')} AS truncated`;

interface Row {
  id: number;
  kind: string;
  programme: string | null;
  year: number | null;
  batch: string | null;
  region_code: string | null;
  unit_code: string | null;
  town: string | null;
  title: string | null;
  truncated: number;
}

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
}

const toRecord = (r: Row): DedupeRow => ({
  id: r.id,
  kind: r.kind,
  programme: r.programme,
  year: r.year,
  batch: r.batch,
  regionCode: r.region_code,
  unitCode: r.unit_code,
  town: r.town,
  title: r.title,
  truncated: r.truncated === 1,
});

/**
 * Live records (not merged away, not deleted), with whether a notice flagged the title as
 * cut. With `near`, a large ledger yields only the records that can block with those ids:
 * the same prefecture (county, city, parent/child and renamed codes all live there), the
 * same title as written, or no region at all (matched by title n-grams).
 */
export function loadDedupeRecords(db: Database.Database, near?: readonly number[]): DedupeRow[] {
  const total = (
    db.prepare(`SELECT count(*) AS n FROM records r WHERE ${LIVE}`).get() as { n: number }
  ).n;
  if (!near || total < WHOLE_LEDGER_BELOW) {
    return (
      db.prepare(`SELECT ${COLUMNS} FROM records r WHERE ${LIVE} ORDER BY r.id`).all() as Row[]
    ).map(toRecord);
  }
  const ids = JSON.stringify(near);
  const rows = db
    .prepare(
      `WITH focus AS (SELECT id, region_code, title FROM records WHERE id IN (SELECT value FROM json_each(?)))
       SELECT ${COLUMNS} FROM records r WHERE ${LIVE} AND (
         r.id IN (SELECT id FROM focus)
         OR r.region_code IS NULL
         OR substr(r.region_code, 1, 4) IN (SELECT substr(region_code, 1, 4) FROM focus WHERE region_code IS NOT NULL)
         OR substr(r.region_code, 1, 2) || '0000' = r.region_code
            AND substr(r.region_code, 1, 2) IN (SELECT substr(region_code, 1, 2) FROM focus WHERE region_code IS NOT NULL)
         OR r.title IN (SELECT title FROM focus WHERE title IS NOT NULL)
         OR EXISTS (SELECT 1 FROM focus f WHERE f.region_code IS NULL)
       ) ORDER BY r.id`,
    )
    .all(ids) as Row[];
  return rows.map(toRecord);
}

/** "Not a duplicate" decisions, as a lookup the finder asks before proposing a pair. */
export function rejectedPairs(db: Database.Database): (a: number, b: number) => boolean {
  const rows = db
    .prepare("SELECT record_a, record_b FROM pair_decisions WHERE decision = 'not_duplicate'")
    .all() as {
    record_a: number;
    record_b: number;
  }[];
  const rejected = new Set(rows.map((r) => `${r.record_a}:${r.record_b}`));
  return (a, b) => rejected.has(a < b ? `${a}:${b}` : `${b}:${a}`);
}
