/**
 * Live cases by the key a later notice naming a case by its title only looks them up by
 * (caseTitleKey, core/dedupe/title-identity.ts), kept in the ledger (migration 0017): a
 * lookup is one read of the key's index. Looking them up by the title's last characters
 * read a third of a large ledger's cases for every such item, and keeping every case's
 * title core per connection made each connection's first lookup read and fold every case
 * title (at 100k records most of the first notice's import).
 *
 * The records noted since the keys were made (case_title_stale: what a write changed and
 * no import has keyed yet) are keyed here, once per notice's lookups, and their kept keys
 * never trusted. Keys made with another keying (an older version's, or none yet) are not
 * used at all: then every case holding the title's last characters is read and keyed.
 */
import type Database from 'better-sqlite3';
import { keptKeying, keysOfNoted, notedCases, type CaseKeys } from '../write/case-title-keys';
import { pluckedStatement, statement } from '../write/statements';
import { casesTitledLike, type IdentityRow } from './identity';
import { LIVE } from './live';
import { scriptVariants } from './script-variants';

export type { CaseKeys };

const ROW = `SELECT id, kind, programme, year, batch, region_code AS regionCode,
                    unit_code AS unitCode, town, unit, region_text AS regionText, title
               FROM records r`;

/** The kept keys' ids for `key`, by id (the index holds them in that order). */
export const KEYED_IDS = 'SELECT id FROM case_title_keys WHERE key = ? ORDER BY id';

/**
 * The live cases among `ids` (in id order) by id, at most `atMost` of them (-1: all). Every
 * id has the key, which folds script: a simplified item names a case a traditional reprint
 * listed (the tail as written would miss it).
 */
function casesByIds(db: Database.Database, ids: readonly number[], atMost: number) {
  if (atMost < 0)
    return statement(
      db,
      `${ROW} WHERE id IN (SELECT value FROM json_each(@ids))
          AND ${LIVE} AND kind = 'case' ORDER BY id`,
    ).all({ ids: JSON.stringify(ids) }) as IdentityRow[];
  // A few asked for: read one id at a time until they are found. One read of all of them
  // read every case of the key (~25 at 100,000 generated records) to keep the first two.
  const one = statement(db, `${ROW} WHERE id = ? AND ${LIVE} AND kind = 'case'`);
  const out: IdentityRow[] = [];
  for (const id of ids) {
    if (out.length >= atMost) break;
    const row = one.get(id) as IdentityRow | undefined;
    if (row) out.push(row);
  }
  return out;
}

/** The records noted since the keys were made: their ids, and the live cases' ids by key. */
interface Noted {
  ids: Set<number>;
  byKey: Map<string, number[]>;
}

function noted(db: Database.Database, keys: CaseKeys): Noted {
  const rows = notedCases(db);
  const byKey = new Map<string, number[]>();
  for (const [id, key] of keysOfNoted(rows, keys)) {
    const ids = byKey.get(key);
    if (ids) ids.push(id);
    else byKey.set(key, [id]);
  }
  return { ids: new Set(rows.map((r) => r.id)), byKey };
}

/**
 * One notice's lookups of cases named by their title: what was noted since the keys were
 * made is read and keyed once (at the first lookup). An identity check asks for every such
 * item with no write in between. Valid until the next write.
 */
export interface KeptCaseTitles {
  /**
   * Live cases whose key is `key` and whose title holds `tail` in either script, by id:
   * of casesTitledLike's answer (identity.ts) exactly the rows whose key is `key`, the only
   * ones an item naming a case by its title can be (none for a key too short to name one).
   */
  titled(key: string, tail: string, few?: FewTitled): IdentityRow[];
}

/**
 * Only the first `atMost` of those answers by id that are not `leaving`: an item is joined
 * to a case by its title only when exactly one case is left, so two answers say as much
 * as all — and at 100k generated records a title key holds ~25 cases, each read in full.
 */
export interface FewTitled {
  leaving: ReadonlySet<number>;
  atMost: number;
}

export function keptCaseTitles(db: Database.Database, keys: CaseKeys): KeptCaseTitles {
  let kept: boolean | null = null;
  let since: Noted | null = null;
  return {
    titled(key, tail, few) {
      if (keys.endOf(key) === null) return [];
      const left = (id: number) => !few?.leaving.has(id);
      kept ??= keptKeying(db) === keys.version;
      // keys made another way, or not yet: every case holding the tail, in either script
      // (a key folds traditional characters, a tail as written does not)
      if (!kept)
        return casesTitledLike(db, scriptVariants(tail))
          .filter((r) => keys.keyOf(r.title, r.regionText) === key && left(r.id))
          .slice(0, few?.atMost);
      since ??= noted(db, keys);
      const ofKey = (pluckedStatement(db, KEYED_IDS).all(key) as number[]).filter(
        (id) => !since!.ids.has(id),
      );
      const ids = [...ofKey, ...(since.byKey.get(key) ?? [])].filter(left);
      if (ids.length === 0) return [];
      if (since.byKey.has(key)) ids.sort((a, b) => a - b);
      return casesByIds(db, ids, few?.atMost ?? -1);
    },
  };
}

/** keptCaseTitles(db, keys).titled(key, tail), for one lookup. */
export const keptCasesTitled = (
  db: Database.Database,
  key: string,
  tail: string,
  keys: CaseKeys,
): IdentityRow[] => keptCaseTitles(db, keys).titled(key, tail);
