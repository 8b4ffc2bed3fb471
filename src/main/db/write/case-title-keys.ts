/**
 * The kept case keys (migration 0017) made for the records noted since they were last
 * made, inside the caller's write: an import keys its own cases, and whatever other writes
 * (edits, merges, undo, redo, restore, another program) noted before it, before it commits.
 * Until then a lookup keys the noted records itself (queries/kept-case-titles.ts), so the
 * answers never depend on when this runs, only their cost.
 */
import type Database from 'better-sqlite3';
import { LIVE } from '../queries/live';
import { statement } from './statements';

/**
 * How a case is keyed for a lookup by its title (core/dedupe/title-identity.ts): its key
 * from its title and place as written, and whether a key is long enough to name a case
 * (null: too short, never kept nor looked up). `version` names the keying: keys kept by
 * another are made again.
 */
export interface CaseKeys {
  keyOf: (title: string | null, regionText: string | null) => string;
  endOf: (key: string) => string | null;
  version: string;
}

/** The keying the kept keys were made with (null: none yet). */
export const keptKeying = (db: Database.Database): string | null =>
  (statement(db, 'SELECT version FROM case_title_keying').get() as { version: string } | undefined)
    ?.version ?? null;

interface NotedRow {
  id: number;
  title: string | null;
  regionText: string | null;
  /** still a live case (else its kept key, if any, goes) */
  live: number;
}

/** The noted records with what keys them: those no longer live cases, to be dropped. */
export const notedCases = (db: Database.Database): NotedRow[] =>
  statement(
    db,
    `SELECT s.id, r.title, r.region_text AS regionText,
            coalesce(r.kind = 'case' AND ${LIVE}, 0) AS live
       FROM case_title_stale s LEFT JOIN records r ON r.id = s.id
      ORDER BY s.id`,
  ).all() as NotedRow[];

/**
 * The key of each noted live case long enough to name one, by id; cases share titles and
 * places (a unit's name in every list it is in), so each pair is keyed once.
 */
export function keysOfNoted(rows: readonly NotedRow[], keys: CaseKeys): Map<number, string> {
  const made = new Map<string, string>();
  const out = new Map<number, string>();
  for (const r of rows) {
    if (!r.live) continue;
    const both = `${r.title ?? ''}\u0000${r.regionText ?? ''}`;
    let key = made.get(both);
    if (key === undefined) made.set(both, (key = keys.keyOf(r.title, r.regionText)));
    if (keys.endOf(key) !== null) out.set(r.id, key);
  }
  return out;
}

/** Inside a write: keys every noted record (every live case, under another keying). */
export function keyNotedCaseTitles(db: Database.Database, keys: CaseKeys): void {
  const { version, noted } = statement(
    db,
    `SELECT (SELECT version FROM case_title_keying) AS version,
            EXISTS (SELECT 1 FROM case_title_stale) AS noted`,
  ).get() as { version: string | null; noted: number };
  if (version === keys.version && !noted) return;
  db.transaction(() => {
    if (version !== keys.version) {
      statement(db, 'DELETE FROM case_title_keys').run();
      statement(
        db,
        `INSERT OR IGNORE INTO case_title_stale(id)
         SELECT id FROM records r WHERE kind = 'case' AND ${LIVE}`,
      ).run();
      statement(db, 'DELETE FROM case_title_keying').run();
      statement(db, 'INSERT INTO case_title_keying(version) VALUES (?)').run(keys.version);
    }
    const rows = notedCases(db);
    const keyed = keysOfNoted(rows, keys);
    statement(db, 'DELETE FROM case_title_keys WHERE id IN (SELECT value FROM json_each(?))').run(
      JSON.stringify(rows.filter((r) => !keyed.has(r.id)).map((r) => r.id)),
    );
    statement(
      db,
      `INSERT OR REPLACE INTO case_title_keys(id, key)
       SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?)`,
    ).run(JSON.stringify([...keyed]));
    statement(db, 'DELETE FROM case_title_stale').run();
  }).immediate();
}
