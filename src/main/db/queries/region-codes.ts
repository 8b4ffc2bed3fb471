/**
 * The region codes live records are filed under, by 4-digit city prefix: a few dozen
 * distinct codes per city, read from the live (kind, region_code) index without touching
 * a record row. The identity and duplicate checks map these to today's units and then
 * read only the records of the codes that can match.
 */
import type Database from 'better-sqlite3';
import { statement } from '../write/statements';
import { LIVE } from './live';

const KINDS = `('zone','case','observation','other')`;

/** Distinct region codes of live records under these 4-digit prefixes. */
export function liveRegionCodes(db: Database.Database, prefixes: readonly string[]): string[] {
  const out = new Set<string>();
  for (const codes of liveRegionCodesByPrefix(db, prefixes).values())
    for (const c of codes) out.add(c);
  return [...out];
}

/**
 * The distinct codes under each prefix, all read in one statement: a notice's checks ask
 * for dozens of city prefixes, and a statement per prefix cost more than its rows.
 */
export function liveRegionCodesByPrefix(
  db: Database.Database,
  prefixes: readonly string[],
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of prefixes) out.set(p, []);
  if (out.size === 0) return out;
  // CROSS JOIN keeps the prefixes outside: each is one range of the live region index.
  const rows = statement(
    db,
    `SELECT DISTINCT p.value AS prefix, r.region_code AS code
       FROM json_each(?) p CROSS JOIN records r
      WHERE ${LIVE} AND r.kind IN ${KINDS}
        AND r.region_code >= p.value AND r.region_code < p.value || ':'`,
  ).all(JSON.stringify([...out.keys()])) as { prefix: string; code: string }[];
  for (const r of rows) out.get(r.prefix)!.push(r.code);
  return out;
}

/**
 * The region codes these records are filed under now (any kind, live or not): what a
 * notice's own writes can have added to the live codes.
 */
export function regionCodesOfRecords(db: Database.Database, ids: readonly number[]): string[] {
  return (
    statement(
      db,
      `SELECT DISTINCT region_code AS code FROM records
        WHERE id IN (SELECT value FROM json_each(?)) AND region_code IS NOT NULL`,
    ).all(JSON.stringify(ids)) as { code: string }[]
  ).map((r) => r.code);
}
