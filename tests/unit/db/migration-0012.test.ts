/**
 * Migration 0012 folds the grid's rarely sorted columns into one shared index: a ledger
 * written before it shows the same pages in every sort, both ways, and the same facet
 * counts after it, with merged and deleted records still left out.
 */
import type Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/db/migrate';
import { openDatabase } from '../../../src/main/db/open-database';
import { pageRecords } from '../../../src/main/db/queries/records';
import { recordFacets } from '../../../src/main/db/queries/record-search';
import { tempDir } from '../../support/temp-ledger';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const SORTS = [
  'id',
  'seq',
  'title',
  'regionCode',
  'province',
  'programme',
  'year',
  'batch',
  'status',
  'updatedAt',
];

/** Forty records of invented places and titles, with repeats, nulls, merges and deletions. */
function seed(db: Database.Database) {
  const insert = db.prepare(
    `INSERT INTO records(id, kind, seq, title, region_code, province, city, programme, year,
                         batch, status, merged_into, deleted_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const provinces = ['甲省', '乙省', '丙省', null];
  const titles = ['邻里议事会', '睦邻中心', '协商议事厅', null, '睦邻中心'];
  for (let id = 1; id <= 40; id++) {
    insert.run(
      id,
      id % 7 === 0 ? 'case' : 'zone',
      id % 5 === 0 ? null : (id * 7) % 11,
      titles[id % titles.length],
      id % 6 === 0 ? null : String(110000 + ((id * 37) % 9) * 100),
      provinces[id % provinces.length],
      id % 3 === 0 ? null : `市${id % 4}`,
      id % 4 === 0 ? '乙项目' : '甲项目',
      id % 9 === 0 ? null : 2018 + (id % 3),
      id % 2 === 0 ? '第一批' : '第二批',
      id % 8 === 0 ? null : '实验中',
      id % 13 === 0 ? 1 : null,
      id % 17 === 0 ? '2024-02-01T00:00:00Z' : null,
      '2024-01-01T00:00:00Z',
      `2024-01-${String(1 + (id % 5)).padStart(2, '0')}T00:00:00Z`,
    );
  }
}

const pages = (db: Database.Database) =>
  SORTS.flatMap((field) =>
    (['asc', 'desc'] as const).flatMap((dir) =>
      [0, 7].map((offset) =>
        pageRecords(db, { kind: 'zone', offset, limit: 9, sort: { field, dir } }).rows.map(
          (r) => r.id,
        ),
      ),
    ),
  );

const facets = (db: Database.Database) => recordFacets(db, { kind: 'zone' });

describe('migration 0012 (shared grid index)', () => {
  it('shows the same pages and facets as before, from the indexes it keeps', async () => {
    const dir = tempDir();
    const db = openDatabase(path.join(dir.dir, 'l.sqlite'));
    cleanups.push(() => {
      db.close();
      dir.cleanup();
    });
    await migrate(db, { target: 11 });
    seed(db);
    const before = { pages: pages(db), facets: facets(db) };
    expect(before.pages[0]).toHaveLength(9);

    await migrate(db, { target: 12 });
    expect({ pages: pages(db), facets: facets(db) }).toEqual(before);
    const indexes = (
      db
        .prepare(
          "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'records' AND name LIKE 'records_live_%' ORDER BY name",
        )
        .all() as { name: string }[]
    ).map((r) => r.name);
    expect(indexes).toEqual([
      'records_live_kind',
      'records_live_place',
      'records_live_programme',
      'records_live_region',
      'records_live_title',
      'records_live_updated',
    ]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
