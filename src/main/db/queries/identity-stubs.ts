/**
 * The identity read in two steps: first where each candidate is filed (its codes, programme,
 * year and batch), from the place index alone (migration 0022 keeps those columns in it), then
 * whole only the records that can be the unit (core/dedupe/unit-codes.ts). A county of a
 * 100k-record ledger holds a dozen records of one kind; an item's unit one or two.
 */
import type Database from 'better-sqlite3';
import { statement } from '../write/statements';
import type { IdentityRow } from './identity';
import { LIVE } from './live';

/** Where a live record is filed: what the place index holds of it. */
export interface IdentityStub {
  id: number;
  programme: string | null;
  year: number | null;
  batch: string | null;
  regionCode: string | null;
  unitCode: string | null;
}

/**
 * identityCandidatesByProgramme's records filed under `codes` (never empty: a draft placed
 * nowhere reads its rows whole), as stubs, in id order: the live records of `kind` in one of
 * `programmes` (a case: or of `year`). Only the place index is read.
 */
export function identityStubs(
  db: Database.Database,
  kind: string,
  programmes: readonly (string | null)[],
  year: number | null,
  codes: readonly string[],
): IdentityStub[] {
  return statement(
    db,
    `SELECT id, programme, year, batch, region_code AS regionCode, unit_code AS unitCode
       FROM records r INDEXED BY records_live_region
      WHERE ${LIVE} AND kind = @kind AND r.region_code IN (SELECT value FROM json_each(@codes))
        AND (programme IN (SELECT value FROM json_each(@programmes))
             OR (@kind = 'case' AND year = @year))
      ORDER BY id`,
  ).all({
    kind,
    programmes: JSON.stringify(programmes.filter((p) => p !== null)),
    year,
    codes: JSON.stringify(codes),
  }) as IdentityStub[];
}

/** The records of these ids whole, as identity weighs them, in id order. */
export function identityRowsByIds(db: Database.Database, ids: readonly number[]): IdentityRow[] {
  if (ids.length === 0) return [];
  return statement(
    db,
    `SELECT id, kind, programme, year, batch, region_code AS regionCode, unit_code AS unitCode,
            town, unit, region_text AS regionText, title
       FROM records r
      WHERE id IN (SELECT value FROM json_each(@ids))
      ORDER BY id`,
  ).all({ ids: JSON.stringify(ids) }) as IdentityRow[];
}
