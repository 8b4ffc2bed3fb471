/**
 * The region codes live records are filed under, kept per connection: every notice's
 * identity and duplicate checks ask for the codes under the cities its items name, and
 * reading a city's distinct codes walks the live region index over every record of that
 * city — at 100k records, with each notice naming new cities, about a twentieth of an
 * import. All live codes are read at once instead (the live region index covers them: a
 * few thousand codes, 25–35 ms at 100k records), and then only those of records written
 * or changed since.
 *
 * Codes only need adding: a kept code no live record holds any more selects no record in
 * any reader (each reads records by code and liveness), so a code is never taken away.
 * What can add one is noted by the record change log (record-change-log.ts): a record
 * written, or one whose kind, code or liveness changes (an unmerge, an undo, a restore).
 * The kept codes are trusted only while that log says so; anything else reads again.
 */
import type Database from 'better-sqlite3';
import { statement } from '../write/statements';
import { LIVE } from './live';
import {
  keptUpToDate,
  leaveMark,
  recordChangeLog,
  startLog,
  versions,
  type LoggedAt,
} from './record-change-log';

const LOG = recordChangeLog('region_code_changes', (log) => [
  `CREATE TEMP TRIGGER IF NOT EXISTS region_codes_insert AFTER INSERT ON main.records
     BEGIN INSERT INTO ${log}(record_id) VALUES (new.id); END`,
  `CREATE TEMP TRIGGER IF NOT EXISTS region_codes_update
     AFTER UPDATE OF id, kind, region_code, merged_into, deleted_at ON main.records
     BEGIN INSERT INTO ${log}(record_id) VALUES (new.id); END`,
]);

/** Distinct (kind, code) pairs: the live region index answers them without a record row. */
const LIVE_CODES = `SELECT DISTINCT r.kind, r.region_code AS code FROM records r
  WHERE ${LIVE} AND r.kind IN ('zone','case','observation','other') AND r.region_code IS NOT NULL`;

type KindCode = [kind: string, code: string];

const liveCodes = (db: Database.Database, ids?: readonly number[]) =>
  (
    (ids
      ? statement(db, `${LIVE_CODES} AND r.id IN (SELECT value FROM json_each(?))`)
          .raw(true)
          .all(JSON.stringify(ids))
      : statement(db, LIVE_CODES).raw(true).all()) as KindCode[]
  ).map((r) => r[1]);

/**
 * Whether `code` is under `prefix` as liveRegionCodesByPrefix reads it (the range from
 * `prefix` up to `prefix:` of the index): it starts with the prefix and goes on, if at
 * all, with a character below ':'. Said without building `prefix:`: a notice's codes
 * meet every prefix asked so far.
 */
const under = (code: string, prefix: string) =>
  code.startsWith(prefix) &&
  (code.length === prefix.length || code.charCodeAt(prefix.length) < COLON);
const COLON = 58;

/** The checks ask by city: a city's 4-character prefix. */
const CITY = 4;

interface Codes {
  /** every live code, and maybe codes no live record holds any more */
  all: Set<string>;
  /**
   * `all` by the first CITY characters, each in the order of `all`: a city's codes are
   * found among its own, not among every live code (thousands in a large ledger)
   */
  byCity: Map<string, string[]>;
  /** the codes of the prefixes asked so far */
  byPrefix: Map<string, Set<string>>;
}

interface Kept extends Codes, LoggedAt {}

function codesOf(read: readonly string[]): Codes {
  const k: Codes = { all: new Set(), byCity: new Map(), byPrefix: new Map() };
  add(k, read);
  return k;
}

const kept = new WeakMap<Database.Database, Kept>();

function readAll(db: Database.Database): Kept {
  startLog(db, LOG);
  return {
    ...codesOf(liveCodes(db)),
    mark: leaveMark(db, LOG),
    ...versions(db),
  };
}

/** New codes go into their city and into every prefix asked so far that they are under. */
function add(k: Codes, codes: readonly string[]) {
  for (const c of codes) {
    if (k.all.has(c)) continue;
    k.all.add(c);
    if (c.length >= CITY) {
      const city = c.slice(0, CITY);
      const list = k.byCity.get(city);
      if (list) list.push(c);
      else k.byCity.set(city, [c]);
    }
    // the prefixes a code can be under are its own beginnings
    for (let n = 0; n <= c.length; n++) {
      const p = c.slice(0, n);
      const have = k.byPrefix.get(p);
      if (have && under(c, p)) have.add(c);
    }
  }
}

/** The kept codes brought up to date with the records noted since the mark. */
function catchUp(db: Database.Database, k: Kept, changed: readonly number[]): void {
  add(k, liveCodes(db, changed));
  k.mark = leaveMark(db, LOG);
}

/** The live codes of one connection, for one notice's checks (keptRegionCodes, app/dedupe). */
export interface KeptLiveCodes {
  /**
   * The live codes under a prefix (liveRegionCodesByPrefix's answer for it), in another
   * order and maybe with codes no live record holds any more. Must not be changed.
   */
  under(prefix: string): ReadonlySet<string>;
  /** Codes of records the caller wrote: from here on they are under their prefixes. */
  add(codes: readonly string[]): void;
}

export function keptLiveCodes(db: Database.Database): KeptLiveCodes {
  // A read-only connection cannot keep a change log: it reads the codes for one caller.
  const k = db.readonly ? codesOf(liveCodes(db)) : keptUpToDate(db, LOG, kept, readAll, catchUp);
  return {
    under(prefix) {
      let have = k.byPrefix.get(prefix);
      if (!have) {
        have = new Set();
        // a code under a city's prefix starts with it: only that city's codes can be
        const among = prefix.length === CITY ? (k.byCity.get(prefix) ?? []) : k.all;
        for (const c of among) if (under(c, prefix)) have.add(c);
        k.byPrefix.set(prefix, have);
      }
      return have;
    },
    add: (codes) => add(k, codes),
  };
}
