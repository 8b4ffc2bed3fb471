/**
 * The ledger side of duplicate finding: live records in the finder's shape, the
 * thresholds in `settings`, and remembered decisions ("not a duplicate" is never
 * proposed again).
 */
import type Database from 'better-sqlite3';
import { LIVE } from './live';
import { DEFAULT_THRESHOLDS, type DedupeRecord } from '../../core/dedupe/types';

export interface DedupeSettings {
  /** merge matches above `high` at import without asking */
  autoMerge: boolean;
  high: number;
  low: number;
}

const KEYS = { autoMerge: 'dedupe.autoMerge', high: 'dedupe.high', low: 'dedupe.low' } as const;

export function readDedupeSettings(db: Database.Database): DedupeSettings {
  const get = (k: string) =>
    (db.prepare('SELECT value FROM settings WHERE key = ?').get(k) as { value: string } | undefined)
      ?.value;
  const num = (k: string, d: number) => {
    const v = Number(get(k));
    return Number.isFinite(v) && get(k) !== undefined ? v : d;
  };
  return {
    autoMerge: get(KEYS.autoMerge) !== 'false',
    high: num(KEYS.high, DEFAULT_THRESHOLDS.high),
    low: num(KEYS.low, DEFAULT_THRESHOLDS.low),
  };
}

export function writeDedupeSettings(
  db: Database.Database,
  patch: Partial<DedupeSettings>,
): DedupeSettings {
  const put = db.prepare(
    'INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  db.transaction(() => {
    if (patch.autoMerge !== undefined) put.run(KEYS.autoMerge, String(patch.autoMerge));
    if (patch.high !== undefined) put.run(KEYS.high, String(patch.high));
    if (patch.low !== undefined) put.run(KEYS.low, String(patch.low));
  })();
  return readDedupeSettings(db);
}

/**
 * Below this many live records an import's check reads the whole ledger (best IDF weights,
 * identical to the full report); above it, only the records that can share a block with
 * the new ones, so a long import history stays linear instead of quadratic.
 */
export const WHOLE_LEDGER_BELOW = 2_000;

const COLUMNS = `r.id, r.kind, r.programme, r.year, r.batch, r.region_code, r.unit_code, r.town, r.title,
  EXISTS(SELECT 1 FROM mentions m WHERE m.record_id = r.id AND instr(m.extracted, '"truncated_item"') > 0) AS truncated`;

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

const toRecord = (r: Row): DedupeRecord => ({
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
export function loadDedupeRecords(db: Database.Database, near?: readonly number[]): DedupeRecord[] {
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

/** Records a decision for every pair in a group; a later decision on a pair replaces an earlier one. */
export function decidePairs(
  db: Database.Database,
  ids: readonly number[],
  decision: 'duplicate' | 'not_duplicate',
): number {
  const put = db.prepare(
    `INSERT INTO pair_decisions(record_a, record_b, decision, decided_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(record_a, record_b) DO UPDATE SET decision = excluded.decision, decided_at = excluded.decided_at`,
  );
  const now = new Date().toISOString();
  const unique = [...new Set(ids)].sort((a, b) => a - b);
  let pairs = 0;
  db.transaction(() => {
    for (let i = 0; i < unique.length; i++) {
      for (let j = i + 1; j < unique.length; j++) {
        put.run(unique[i], unique[j], decision, now);
        pairs++;
      }
    }
  })();
  return pairs;
}
