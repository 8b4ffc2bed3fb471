/**
 * Migration 0017 keeps live cases by the key a title-only item looks them up by: a ledger
 * written before it has every live case noted (none kept yet, no keying), lookups answer as
 * a fresh read does before and after the first keying, and the triggers note exactly the
 * writes that can change a case's key.
 */
import type Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CASE_KEYS } from '../../../src/main/core/dedupe/title-identity';
import { migrate } from '../../../src/main/db/migrate';
import { openDatabase } from '../../../src/main/db/open-database';
import { casesTitledLike } from '../../../src/main/db/queries/identity';
import { keptCasesTitled } from '../../../src/main/db/queries/kept-case-titles';
import { keyNotedCaseTitles } from '../../../src/main/db/write/case-title-keys';
import { tempDir } from '../../support/temp-ledger';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const TITLES = [
  '东湖区以“邻里议事会”破解老旧小区停车难题', // opens with its place
  '探索村级事务阳光公开的新路径',
  '以“邻里议事会”破解老旧小区停车难题',
  '红色物业', // too short to name a case
];

function seed(db: Database.Database) {
  const record = db.prepare(
    `INSERT INTO records(id, kind, title, region_text, merged_into, deleted_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')`,
  );
  for (let id = 1; id <= 24; id++)
    record.run(
      id,
      id % 5 === 0 ? 'zone' : 'case',
      TITLES[id % TITLES.length],
      id % 2 ? '东湖省某市东湖区' : null,
      id % 7 === 0 ? 1 : null,
      id % 11 === 0 ? '2024-02-01' : null,
    );
}

const noted = (db: Database.Database) =>
  (db.prepare('SELECT id FROM case_title_stale ORDER BY id').all() as { id: number }[]).map(
    (r) => r.id,
  );

const liveCases = (db: Database.Database) =>
  (
    db
      .prepare(
        `SELECT id FROM records WHERE kind = 'case' AND merged_into IS NULL AND deleted_at IS NULL
          ORDER BY id`,
      )
      .all() as { id: number }[]
  ).map((r) => r.id);

/** Each title asked with and without a place equals the cases holding its tail, keyed fresh. */
function checkLookups(db: Database.Database) {
  let found = 0;
  for (const title of TITLES)
    for (const place of ['东湖省某市东湖区', null]) {
      const key = CASE_KEYS.keyOf(title, place);
      const fresh = CASE_KEYS.endOf(key)
        ? casesTitledLike(db, [title.slice(-2)]).filter(
            (c) => CASE_KEYS.keyOf(c.title, c.regionText) === key,
          )
        : [];
      const got = keptCasesTitled(db, key, title.slice(-2), CASE_KEYS);
      expect(got).toEqual(fresh);
      found += got.length;
    }
  expect(found).toBeGreaterThan(4);
}

describe('migration 0017 (case title keys)', () => {
  it('notes every live case of an older ledger, and its triggers note what can change a key', async () => {
    const dir = tempDir();
    const db = openDatabase(path.join(dir.dir, 'l.sqlite'));
    cleanups.push(() => {
      db.close();
      dir.cleanup();
    });
    await migrate(db, { target: 16 });
    seed(db);
    await migrate(db, { target: 17 });
    expect(noted(db)).toEqual(liveCases(db));
    expect(db.prepare('SELECT count(*) AS n FROM case_title_keys').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM case_title_keying').get()).toEqual({ n: 0 });
    checkLookups(db); // no keying yet: read by the tail

    db.transaction(() => keyNotedCaseTitles(db, CASE_KEYS)).immediate();
    expect(noted(db)).toEqual([]);
    const kept = db.prepare('SELECT id FROM case_title_keys ORDER BY id').all() as { id: number }[];
    // every live case but those too short to name one
    expect(kept.map((r) => r.id)).toEqual(
      liveCases(db).filter((id) => TITLES[id % TITLES.length] !== '红色物业'),
    );
    checkLookups(db);

    // what does not change a key notes nothing: a zone's title, a case's other columns,
    // a title written again as it was
    db.prepare("UPDATE records SET title = title || '一' WHERE id = 5").run();
    db.prepare("UPDATE records SET content = '某某', status = 'accepted' WHERE id = 2").run();
    db.prepare('UPDATE records SET title = title WHERE id = 3').run();
    expect(noted(db)).toEqual([]);
    // what can: a new case, a case's title, place, kind or liveness; a deleted case's key goes
    db.prepare(
      `INSERT INTO records(id, kind, title, created_at, updated_at)
       VALUES (30, 'case', ?, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')`,
    ).run(TITLES[1]);
    db.prepare("UPDATE records SET title = '某某' || title WHERE id = 2").run();
    db.prepare("UPDATE records SET region_text = '东湖省' WHERE id = 3").run();
    db.prepare("UPDATE records SET kind = 'zone' WHERE id = 6").run();
    db.prepare('UPDATE records SET merged_into = 1 WHERE id = 9').run();
    db.prepare('DELETE FROM records WHERE id = 13').run();
    expect(noted(db)).toEqual([2, 3, 6, 9, 30]);
    expect(db.prepare('SELECT count(*) AS n FROM case_title_keys WHERE id = 13').get()).toEqual({
      n: 0,
    });
    checkLookups(db);
    db.transaction(() => keyNotedCaseTitles(db, CASE_KEYS)).immediate();
    checkLookups(db);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
