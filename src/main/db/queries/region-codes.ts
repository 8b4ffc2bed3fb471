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
  const q = statement(
    db,
    `SELECT DISTINCT region_code AS code FROM records r
      WHERE ${LIVE} AND kind IN ${KINDS} AND region_code >= ? AND region_code < ?`,
  );
  for (const p of new Set(prefixes))
    for (const r of q.all(p, `${p}:`) as { code: string }[]) out.add(r.code);
  return [...out];
}
