/**
 * Migration 0023 keeps in the region index, after the id, the programme, year and unit code
 * an import's identity check reads: a ledger written before it pages by place and finds the
 * same identity stubs after it, merged and deleted records still left out, the stubs now read
 * from the index alone.
 */
import type Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/db/migrate';
import { openDatabase } from '../../../src/main/db/open-database';
import { identityStubs } from '../../../src/main/db/queries/identity-stubs';
import { pageRecords } from '../../../src/main/db/queries/records';
import { tempDir } from '../../support/temp-ledger';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const CODES = ['990101', '990102', '990103'];

/** Sixty records of invented places, at counties and townships, with merges and deletions. */
function seed(db: Database.Database) {
  const insert = db.prepare(
    `INSERT INTO records(id, kind, title, region_code, unit_code, programme, year, merged_into,
                         deleted_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (let id = 1; id <= 60; id++) {
    const code = CODES[id % CODES.length]!;
    insert.run(
      id,
      id % 3 === 0 ? 'case' : 'zone',
      `议事会${id % 9}`,
      code,
      id % 4 === 0 ? `${code}00${id % 3}` : code,
      id % 5 === 0 ? '乙项目' : '甲项目',
      2019 + (id % 4),
      id % 13 === 0 ? 1 : null,
      id % 17 === 0 ? '2024-02-01T00:00:00Z' : null,
      '2024-01-01T00:00:00Z',
      '2024-01-02T00:00:00Z',
    );
  }
}

const answers = (db: Database.Database) => ({
  pages: (['regionCode', 'regionText', 'id'] as const).map((field) =>
    pageRecords(db, { kind: 'zone', offset: 0, limit: 50, sort: { field, dir: 'asc' } }).rows.map(
      (r) => r.id,
    ),
  ),
  stubs: [
    identityStubs(db, 'zone', ['甲项目'], null, CODES),
    identityStubs(db, 'zone', ['甲项目', '乙项目'], null, CODES.slice(1)),
    identityStubs(db, 'case', ['乙项目'], 2021, CODES),
  ],
});

const columns = (db: Database.Database) =>
  (
    db.prepare("SELECT name FROM pragma_index_info('records_live_region')").all() as {
      name: string;
    }[]
  ).map((c) => c.name);

const stubPlan = (db: Database.Database) =>
  (
    db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT id, programme, year, region_code, unit_code
           FROM records r INDEXED BY records_live_region
          WHERE r.merged_into IS NULL AND r.deleted_at IS NULL AND kind = 'zone'
            AND r.region_code IN ('990101') AND programme = '甲项目'`,
      )
      .all() as { detail: string }[]
  )
    .map((r) => r.detail)
    .join('\n');

describe('migration 0023 (what identity reads, in the region index)', () => {
  it('answers as before, the identity stubs from the index alone', async () => {
    const dir = tempDir();
    const db = openDatabase(path.join(dir.dir, 'l.sqlite'));
    cleanups.push(() => {
      db.close();
      dir.cleanup();
    });
    await migrate(db, { target: 22 });
    seed(db);
    expect(columns(db)).toEqual(['kind', 'region_code']);
    expect(stubPlan(db)).not.toMatch(/COVERING INDEX/);
    const before = answers(db);
    expect(before.stubs[0]!.length).toBeGreaterThan(10);
    expect(before.stubs[2]!.length).toBeGreaterThan(2);

    await migrate(db, { target: 23 });
    expect(columns(db)).toEqual([
      'kind',
      'region_code',
      'id',
      'programme',
      'year',
      'batch',
      'unit_code',
      'merged_into',
      'deleted_at',
    ]);
    expect(stubPlan(db)).toMatch(/COVERING INDEX records_live_region/);
    expect(answers(db)).toEqual(before);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
