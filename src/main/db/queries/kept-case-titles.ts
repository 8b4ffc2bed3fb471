/**
 * Live cases by how their title's key ends (caseTitleCore, core/dedupe/title-identity.ts),
 * kept per connection: what a later notice naming a case by its title only can be.
 * Looking them up by the last two characters of the title read a third of a large
 * ledger's cases for every such item (体系, 机制, 模式 end most titles) and keyed each of
 * them with its place again: at 100k records that was most of an import. Now the titles'
 * cores are made once per connection, only the records noted since are read again, and
 * a case is keyed with its place only when its core ends with the key looked up.
 *
 * What changed is noted by the record change log the duplicate finder's kept rows use too
 * (record-change-log.ts): every record whose kind, title, place text or liveness changes.
 * The keys are trusted only while that log says so (and the keys are made the same way);
 * anything else keys the ledger again.
 */
import type Database from 'better-sqlite3';
import { statement } from '../write/statements';
import { casesTitledLike, type IdentityRow } from './identity';
import { LIVE } from './live';
import { scriptVariants } from './script-variants';
import {
  changedSince,
  leaveMark,
  recordChangeLog,
  startLog,
  stillTrue,
  versions,
  type LoggedAt,
} from './record-change-log';

/**
 * A case's key from its title and place as written (the same strings give the same key);
 * a title's core, which ends with every key of that title; and the end a key and the
 * cores holding it share (null: a key too short to name a case).
 */
export interface CaseKeys {
  keyOf: (title: string | null, regionText: string | null) => string;
  coreOf: (title: string | null) => string;
  endOf: (keyOrCore: string) => string | null;
}

const LOG = recordChangeLog('case_title_changes', (log) => [
  `CREATE TEMP TRIGGER IF NOT EXISTS case_titles_insert AFTER INSERT ON main.records
     BEGIN INSERT INTO ${log}(record_id) VALUES (new.id); END`,
  `CREATE TEMP TRIGGER IF NOT EXISTS case_titles_update
     AFTER UPDATE OF id, kind, title, region_text, merged_into, deleted_at ON main.records
     BEGIN INSERT INTO ${log}(record_id) VALUES (old.id), (new.id); END`,
  `CREATE TEMP TRIGGER IF NOT EXISTS case_titles_delete AFTER DELETE ON main.records
     BEGIN INSERT INTO ${log}(record_id) VALUES (old.id); END`,
]);

interface Kept extends LoggedAt {
  keys: CaseKeys;
  /** every live case's core */
  coreById: Map<number, string>;
  /** live case ids by the end of their core */
  idsByEnd: Map<string | null, Set<number>>;
  /** the whole key of the live cases a lookup met (made when first met) */
  keyById: Map<number, string>;
  /** the ids of a crowded end by the longer end of their core (made when first asked, then kept) */
  byLongerEnd: Map<string | null, Map<string, number[]>>;
}

/**
 * Generated and real titles end in a few template words (…工作体系), so one end can hold
 * hundreds of cases; a key longer than the end is looked up among the cores ending with
 * as many of its last characters (every core ending with the key does).
 */
const LONGER_END = 12;
const CROWDED = 64;

const kept = new WeakMap<Database.Database, Kept>();

function stillKept(db: Database.Database, k: Kept, keys: CaseKeys): boolean {
  return k.keys === keys && stillTrue(db, LOG, k);
}

/** A case's id and title as read in raw mode. */
type CaseTitle = [id: number, title: string | null];

const CASE_TITLE = `SELECT id, title FROM records r WHERE ${LIVE} AND kind = 'case'`;

/**
 * The whole ledger's cases, read as each title once with how many cases have it, and their
 * ids in the same order (the live title index gives both): at 100k records about 50k cases
 * hold 21k titles, and an array and a string made per case, then collected, were most of
 * a large ledger's first join by title on a connection.
 */
const TITLES = `SELECT title, count(*) FROM records r WHERE ${LIVE} AND kind = 'case'
                 GROUP BY title ORDER BY title`;
const IDS_BY_TITLE = `SELECT id FROM records r WHERE ${LIVE} AND kind = 'case' ORDER BY title, id`;

function addTo(byLonger: Map<string, number[]>, longer: string, id: number) {
  const ids = byLonger.get(longer);
  if (ids) ids.push(id);
  else byLonger.set(longer, [id]);
}

function forget(k: Kept, id: number) {
  k.keyById.delete(id);
  const core = k.coreById.get(id);
  if (core === undefined) return;
  k.coreById.delete(id);
  const end = k.keys.endOf(core);
  const longer = k.byLongerEnd.get(end)?.get(core.slice(-LONGER_END));
  const at = longer && core.length >= LONGER_END ? longer.indexOf(id) : -1;
  if (at >= 0) longer!.splice(at, 1);
  const ids = k.idsByEnd.get(end)!;
  ids.delete(id);
  if (ids.size > 0) return;
  k.idsByEnd.delete(end);
  k.byLongerEnd.delete(end);
}

/**
 * The cases `ids[from]` … `ids[to - 1]`, all of them titled `title`: cases share titles (one
 * case honoured in several programmes, template titles), so the core is made once for all.
 */
function learnTitle(
  k: Kept,
  title: string | null,
  ids: readonly number[],
  from = 0,
  to = ids.length,
) {
  const core = k.keys.coreOf(title);
  const end = k.keys.endOf(core);
  let ofEnd = k.idsByEnd.get(end);
  if (!ofEnd) k.idsByEnd.set(end, (ofEnd = new Set()));
  // a crowded end's longer ends, once made, follow its cases (each notice adds some)
  const byLonger = core.length >= LONGER_END ? k.byLongerEnd.get(end) : undefined;
  const longer = byLonger && core.slice(-LONGER_END);
  for (let i = from; i < to; i++) {
    const id = ids[i]!;
    k.coreById.set(id, core);
    ofEnd.add(id);
    if (byLonger) addTo(byLonger, longer!, id);
  }
}

function readAll(db: Database.Database, keys: CaseKeys): Kept {
  startLog(db, LOG);
  const k: Kept = {
    keys,
    coreById: new Map(),
    idsByEnd: new Map(),
    keyById: new Map(),
    byLongerEnd: new Map(),
    mark: leaveMark(db, LOG),
    ...versions(db),
  };
  // one snapshot for both reads: the caller's transaction (an import's), else one of its own
  const [titles, ids] = db
    .transaction((): [[string | null, number][], number[]] => [
      statement(db, TITLES).raw(true).all() as [title: string | null, cases: number][],
      statement(db, IDS_BY_TITLE).pluck(true).all() as number[],
    ])
    .immediate();
  let from = 0;
  for (const [title, cases] of titles) {
    learnTitle(k, title, ids, from, from + cases);
    from += cases;
  }
  return k;
}

/** Reads the records noted since the mark again (those no longer live cases are dropped). */
function catchUp(db: Database.Database, k: Kept) {
  const changed = changedSince(db, LOG, k.mark);
  if (changed.length === 0) return;
  for (const id of changed) forget(k, id);
  const rows = statement(db, `${CASE_TITLE} AND id IN (SELECT value FROM json_each(?))`)
    .raw(true)
    .all(JSON.stringify(changed)) as CaseTitle[];
  const byTitle = new Map<string | null, number[]>();
  for (const [id, title] of rows) {
    const ids = byTitle.get(title);
    if (ids) ids.push(id);
    else byTitle.set(title, [id]);
  }
  for (const [title, ids] of byTitle) learnTitle(k, title, ids);
  k.mark = leaveMark(db, LOG);
}

/** The ids of an end whose core can end with `key`: those of its longer end when the end is crowded. */
function narrowed(k: Kept, end: string | null, ofEnd: Set<number>, key: string): Iterable<number> {
  if (key.length < LONGER_END || ofEnd.size <= CROWDED) return ofEnd;
  let byLonger = k.byLongerEnd.get(end);
  if (!byLonger) {
    byLonger = new Map();
    for (const id of ofEnd) {
      const core = k.coreById.get(id)!;
      if (core.length < LONGER_END) continue;
      addTo(byLonger, core.slice(-LONGER_END), id);
    }
    k.byLongerEnd.set(end, byLonger);
  }
  return byLonger.get(key.slice(-LONGER_END)) ?? [];
}

const ROW = `SELECT id, kind, programme, year, batch, region_code AS regionCode,
                    unit_code AS unitCode, town, unit, region_text AS regionText, title
               FROM records r`;

/** The live cases among `ids` whose whole key is `key` (keys made once, when first met). */
function withKey(db: Database.Database, k: Kept, ids: Iterable<number>, key: string): number[] {
  const near: number[] = [];
  for (const id of ids) if (k.coreById.get(id)!.endsWith(key)) near.push(id);
  const unknown = near.filter((id) => !k.keyById.has(id));
  if (unknown.length) {
    const rows = statement(
      db,
      `SELECT id, title, region_text AS regionText FROM records
        WHERE id IN (SELECT value FROM json_each(?))`,
    ).all(JSON.stringify(unknown)) as {
      id: number;
      title: string | null;
      regionText: string | null;
    }[];
    // the cases met under one key mostly share their title and often their place
    const made = new Map<string, string>();
    for (const r of rows) {
      const both = `${r.title ?? ''}\u0000${r.regionText ?? ''}`;
      let caseKey = made.get(both);
      if (caseKey === undefined) made.set(both, (caseKey = k.keys.keyOf(r.title, r.regionText)));
      k.keyById.set(r.id, caseKey);
    }
  }
  return near.filter((id) => k.keyById.get(id) === key);
}

/** The kept cores for this connection, brought up to date with the change log. */
function upToDate(db: Database.Database, keys: CaseKeys): Kept {
  let k = kept.get(db);
  if (k && stillKept(db, k, keys)) catchUp(db, k);
  else kept.set(db, (k = readAll(db, keys)));
  return k;
}

/**
 * The live cases among `ids` by id, at most `atMost` of them (-1: all). Every id has the
 * key, which folds script: a simplified item names a case a traditional reprint listed
 * (the tail as written would miss it).
 */
const casesByIds = (db: Database.Database, ids: readonly number[], atMost: number) =>
  statement(
    db,
    `${ROW} WHERE id IN (SELECT value FROM json_each(@ids))
        AND ${LIVE} AND kind = 'case' ORDER BY id LIMIT @atMost`,
  ).all({ ids: JSON.stringify(ids), atMost }) as IdentityRow[];

/** Cases keyed at a time when only the first few by id are asked for. */
const KEY_AT_ONCE = 8;

/**
 * The first `few.atMost` cases by id whose whole key is `key`, leaving `few.leaving`: the
 * cases are keyed in id order, a few at a time, until that many are found. A title key of
 * a large ledger holds tens of cases (template titles), and keying every one of them read
 * each case's place by id (~5k rows over a large ledger's first twenty notices), while the
 * item is joined only to a lone case, so two answers decide as all would.
 */
function firstTitled(
  db: Database.Database,
  k: Kept,
  ofKey: Iterable<number>,
  key: string,
  few: FewTitled,
): IdentityRow[] {
  const ids: number[] = [];
  for (const id of ofKey)
    if (!few.leaving.has(id) && k.coreById.get(id)!.endsWith(key)) ids.push(id);
  ids.sort((a, b) => a - b);
  const out: IdentityRow[] = [];
  for (let at = 0; at < ids.length && out.length < few.atMost; at += KEY_AT_ONCE) {
    const keyed = withKey(db, k, ids.slice(at, at + KEY_AT_ONCE), key);
    if (keyed.length) out.push(...casesByIds(db, keyed, few.atMost - out.length));
  }
  return out;
}

/**
 * One notice's lookups of cases named by their title, the kept cores brought up to date
 * with the change log once (at the first lookup): an identity check asks for every such
 * item with no write in between, and making sure of the kept state for each (four or five
 * statements) was a tenth of the notice's work. Valid until the next write.
 */
export interface KeptCaseTitles {
  /**
   * Live cases whose key is `key` and whose title holds `tail` in either script, by id:
   * of casesTitledLike's answer (identity.ts) exactly the rows whose key is `key`, the only
   * ones an item naming a case by its title can be (none for a key too short to name one).
   * Every case of that key has a core ending with it, so it is among those of the key's end.
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
  let k: Kept | null = null;
  return {
    titled(key, tail, few) {
      const end = keys.endOf(key);
      if (end === null) return [];
      const kept = (id: number) => !few?.leaving.has(id);
      // A read-only connection cannot keep a change log: it reads every case holding the tail,
      // in either script (a key folds traditional characters, a tail as written does not).
      if (db.readonly)
        return casesTitledLike(db, scriptVariants(tail))
          .filter((r) => keys.keyOf(r.title, r.regionText) === key && kept(r.id))
          .slice(0, few?.atMost);
      k ??= upToDate(db, keys);
      const ofEnd = k.idsByEnd.get(end);
      if (!ofEnd) return [];
      const ofKey = narrowed(k, end, ofEnd, key);
      if (few && few.atMost > 0) return firstTitled(db, k, ofKey, key, few);
      const ids = withKey(db, k, ofKey, key).filter(kept);
      if (ids.length === 0) return [];
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
