/**
 * Migration 0013 rebuilds the quick-search index with the record's own text only (no
 * programme column): a ledger written before it, with some records' search rows still
 * pending, finds exactly what it found before — grid searches with their totals, and the
 * duplicate check's title lookups — nothing is pending afterwards, and the index follows
 * edits and deletions and checks out whole.
 */
import type Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/db/migrate';
import { openDatabase } from '../../../src/main/db/open-database';
import { pageRecords } from '../../../src/main/db/queries/records';
import { rareTitleNeighbours } from '../../../src/main/db/queries/title-neighbours';
import { tempDir } from '../../support/temp-ledger';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const NOW = '2024-01-01T00:00:00Z';
const PROGRAMME = '全省睦邻议事社区建设实验区';
/** id, region as written, unit, title, content */
const ROWS: [number, string, string | null, string | null, string | null][] = [
  [1, '浙江省宁波市海曙区', null, '睦邻议事厅建设', '搭建居民协商平台'],
  [2, '湖南省长沙市岳麓区', '岳麓区民政局', '邻里议事会', '议事厅进小区'],
  [3, '四川省绵阳市涪城区', null, '老旧小区改造', 'ABC Pilot 试点'],
  // written while their search rows waited (an import's, migration 0011)
  [4, '江苏省南京市栖霞区', '栖霞区', '睦邻议事社区夜话', null],
  [5, '广东省深圳市南山区', null, '社区建设实验', '议事厅每月一次'],
];

function seed(db: Database.Database) {
  const insert = db.prepare(
    `INSERT INTO records(id, kind, region_text, unit, title, content, programme, created_at, updated_at)
     VALUES (?, 'zone', ?, ?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    for (const r of ROWS.slice(0, 3)) insert.run(...r, PROGRAMME, NOW, NOW);
    db.prepare('INSERT INTO fts_pending(lo, hi) VALUES (4, 5)').run();
    for (const r of ROWS.slice(3)) insert.run(...r, PROGRAMME, NOW, NOW);
  })();
}

const SEARCHES = ['议事厅', '睦邻议事', '长沙市', 'abc pilot', '社区建设', '建设实验区', '小区'];

/** What the grid and the duplicate check find: ids and totals of each search, title lookups. */
const found = (db: Database.Database) => ({
  searches: SEARCHES.map((search) => {
    const page = pageRecords(db, { kind: 'zone', search, offset: 0, limit: 50 });
    return [search, page.rows.map((r) => r.id), page.total];
  }),
  titles: rareTitleNeighbours(db, ['睦邻议事厅', '社区建设实验'], {
    maxDocs: 10,
    perTitle: 3,
    topK: 10,
    unplacedOnly: false,
  }),
});

const columns = (db: Database.Database) =>
  (db.prepare("SELECT name FROM pragma_table_info('records_fts')").all() as { name: string }[]).map(
    (c) => c.name,
  );

describe('migration 0013 (the search index holds the record’s own text)', () => {
  it('finds what was found before, pending rows included, then follows edits', async () => {
    const dir = tempDir();
    const db = openDatabase(path.join(dir.dir, 'l.sqlite'));
    cleanups.push(() => {
      db.close();
      dir.cleanup();
    });
    await migrate(db, { target: 12 });
    // today's searches also read the records edited since their rows were written
    // (migration 0016): none before it
    db.exec('CREATE TEMP TABLE fts_stale (id INTEGER PRIMARY KEY, title TEXT)');
    seed(db);
    const before = found(db);
    expect(before.searches).toEqual([
      ['议事厅', [1, 2, 5], 3],
      ['睦邻议事', [1, 4], 2],
      ['长沙市', [2], 1],
      ['abc pilot', [3], 1],
      ['社区建设', [5], 1],
      ['建设实验区', [], 0],
      ['小区', [2, 3], 2],
    ]);

    await migrate(db, { target: 13 });
    expect(found(db)).toEqual(before);
    expect(columns(db)).toEqual(['region_text', 'unit', 'title', 'content']);
    expect(db.prepare('SELECT count(*) AS n FROM fts_pending').get()).toEqual({ n: 0 });
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name = 'fts_batch'").all()).toEqual([]);
    db.exec("INSERT INTO records_fts(records_fts) VALUES ('integrity-check')");

    // a programme renamed no longer touches the index; a title, a deletion still do
    db.prepare("UPDATE records SET programme = '议事厅项目' WHERE id = 3").run();
    db.prepare("UPDATE records SET title = '协商议事厅' WHERE id = 3").run();
    db.prepare('DELETE FROM records WHERE id = 2').run();
    expect(found(db).searches.slice(0, 3)).toEqual([
      ['议事厅', [1, 3, 5], 3],
      ['睦邻议事', [1, 4], 2],
      ['长沙市', [], 0],
    ]);
    db.exec("INSERT INTO records_fts(records_fts) VALUES ('integrity-check')");
  });
});
