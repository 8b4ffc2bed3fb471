/**
 * Migration 0021 orders the place index by kind, province and id, the city after the id: a ledger written before it
 * shows the same facet counts and the same pages after it, with a province, a city or both
 * ticked, merged and deleted records still left out; and the index keeps the city, after the id.
 */
import type Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/db/migrate';
import { openDatabase } from '../../../src/main/db/open-database';
import { pageRecords } from '../../../src/main/db/queries/records';
import { recordFacets, type GridQuery } from '../../../src/main/db/queries/record-search';
import { tempDir } from '../../support/temp-ledger';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** Sixty records of invented places, with nulls, merges and deletions. */
function seed(db: Database.Database) {
  const insert = db.prepare(
    `INSERT INTO records(id, kind, title, region_code, province, city, programme, merged_into,
                         deleted_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const provinces = ['甲省', '乙省', '丙省', null];
  for (let id = 1; id <= 60; id++) {
    insert.run(
      id,
      id % 7 === 0 ? 'case' : 'zone',
      `议事会${id % 9}`,
      String(110000 + ((id * 37) % 9) * 100),
      provinces[id % provinces.length],
      id % 5 === 0 ? null : `市${id % 3}`,
      id % 4 === 0 ? '乙项目' : '甲项目',
      id % 13 === 0 ? 1 : null,
      id % 17 === 0 ? '2024-02-01T00:00:00Z' : null,
      '2024-01-01T00:00:00Z',
      '2024-01-02T00:00:00Z',
    );
  }
}

const QUERIES: GridQuery[] = [
  { kind: 'zone' },
  { kind: 'zone', facets: { province: ['甲省'] } },
  { kind: 'zone', facets: { city: ['市1', null] } },
  { kind: 'zone', facets: { province: ['乙省', '丙省'], city: ['市2'] } },
  { kind: 'case', facets: { province: [null] } },
];

const answers = (db: Database.Database) =>
  QUERIES.map((q) => ({
    facets: recordFacets(db, q),
    pages: (['province', 'city', 'id'] as const).map((field) =>
      pageRecords(db, { ...q, offset: 0, limit: 50, sort: { field, dir: 'asc' } }).rows.map(
        (r) => r.id,
      ),
    ),
  }));

const columns = (db: Database.Database) =>
  (
    db.prepare("SELECT name FROM pragma_index_info('records_live_place')").all() as {
      name: string;
    }[]
  ).map((c) => c.name);

describe('migration 0021 (place index by province, then id)', () => {
  it('answers as before, from an index ordered by id within a province', async () => {
    const dir = tempDir();
    const db = openDatabase(path.join(dir.dir, 'l.sqlite'));
    cleanups.push(() => {
      db.close();
      dir.cleanup();
    });
    await migrate(db, { target: 20 });
    seed(db);
    expect(columns(db)).toEqual(['kind', 'province', 'city']);
    const before = answers(db);
    expect(before[1]!.pages[0]!.length).toBeGreaterThan(5);

    await migrate(db, { target: 21 });
    expect(columns(db)).toEqual(['kind', 'province', 'id', 'city']);
    expect(answers(db)).toEqual(before);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
