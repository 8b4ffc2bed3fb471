/**
 * Migration 0010 rebuilds the quick-search index without per-record column sizes and with
 * fewer merges: a ledger written before it finds exactly what it found before (phrases,
 * column filters, edits and deletions after the upgrade), and the index checks out whole.
 */
import type Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/db/migrate';
import { openDatabase } from '../../../src/main/db/open-database';
import { tempDir } from '../../support/temp-ledger';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const NOW = '2024-01-01T00:00:00Z';
const ROWS: [number, string, string, string][] = [
  [1, '浙江省宁波市海曙区', '睦邻议事厅建设', '搭建居民协商平台'],
  [2, '湖南省长沙市岳麓区', '邻里议事会', '议事厅进小区'],
  [3, '四川省绵阳市涪城区', '老旧小区改造', 'ABC Pilot 试点'],
];

function seed(db: Database.Database) {
  const insert = db.prepare(
    "INSERT INTO records(id, kind, region_text, title, content, created_at, updated_at) VALUES (?, 'case', ?, ?, ?, ?, ?)",
  );
  for (const [id, region, title, content] of ROWS) insert.run(id, region, title, content, NOW, NOW);
}

const QUERIES = [
  '"议事厅"',
  '"睦邻议事厅"',
  'title : "议事厅"',
  '"abc pilot"',
  '"长沙市"',
  '"小区改造"',
];

const found = (db: Database.Database) =>
  QUERIES.map((q) =>
    (
      db
        .prepare('SELECT rowid FROM records_fts WHERE records_fts MATCH ? ORDER BY rowid')
        .all(q) as {
        rowid: number;
      }[]
    ).map((r) => r.rowid),
  );

describe('migration 0010 (lean search index)', () => {
  it('finds what the index found before, and keeps following edits and deletions', async () => {
    const dir = tempDir();
    const db = openDatabase(path.join(dir.dir, 'l.sqlite'));
    cleanups.push(() => {
      db.close();
      dir.cleanup();
    });
    await migrate(db, { target: 9 });
    seed(db);
    const before = found(db);
    expect(before).toEqual([[1, 2], [1], [1], [3], [2], [3]]);

    await migrate(db, { target: 10 });
    expect(found(db)).toEqual(before);
    const config = db.prepare("SELECT v FROM records_fts_config WHERE k = 'automerge'").get() as {
      v: number;
    };
    expect(config.v).toBe(8);
    const shadow = db
      .prepare("SELECT name FROM sqlite_schema WHERE name = 'records_fts_docsize'")
      .all();
    expect(shadow).toEqual([]);

    db.prepare("UPDATE records SET title = '协商议事厅' WHERE id = 3").run();
    db.prepare('DELETE FROM records WHERE id = 2').run();
    expect(found(db)).toEqual([[1, 3], [1], [1, 3], [3], [], []]);
    db.exec("INSERT INTO records_fts(records_fts) VALUES ('integrity-check')");
  });
});
