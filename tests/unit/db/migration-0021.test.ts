/**
 * Migration 0021 keeps the duplicate finder's columns of live records by region code in an
 * index of their own: the records an import's check reads by the codes near its notice come
 * from it alone and equal a read of the same records by id, before and after writes to any
 * finder column, merges, deletions and a flagged mention; a record not filed under the codes
 * is left to the read by id. The grid's sort by region code and the read of all live codes
 * still use the narrow live region index.
 */
import type Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/db/migrate';
import { openDatabase } from '../../../src/main/db/open-database';
import {
  dedupeRecordsByIds,
  dedupeRecordsFiledUnder,
} from '../../../src/main/db/queries/duplicates';
import {
  identityCandidates,
  identityCandidatesByProgramme,
} from '../../../src/main/db/queries/identity';
import { tempDir } from '../../support/temp-ledger';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const CODES = ['110101', '110102', '310110', null];
const KINDS = ['zone', 'case', 'observation', 'other'];

function seed(db: Database.Database) {
  db.prepare(
    `INSERT INTO notices(id, file, sha256, format, raw_text, imported_at)
     VALUES (1, 'n.txt', 'x', 'txt', '…', '2024-01-01T00:00:00Z')`,
  ).run();
  const record = db.prepare(
    `INSERT INTO records(id, kind, programme, year, batch, region_code, unit_code, town, unit,
                         region_text, title, merged_into, deleted_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')`,
  );
  for (let id = 1; id <= 40; id++) {
    const code = CODES[id % CODES.length] ?? null;
    record.run(
      id,
      KINDS[id % 3],
      id % 2 ? '社区治理和服务创新实验区' : null,
      id % 5 ? 2020 + (id % 3) : null,
      id % 4 ? `第${id % 4}批` : null,
      code,
      code && id % 3 === 0 ? `${code}001` : code,
      id % 6 === 0 ? '某某街道' : null,
      id % 7 === 0 ? ' ' : id % 5 === 0 ? '曙宏新村' : null,
      id % 2 ? '北京市东城区' : null,
      id % 9 === 0 ? null : `标题${id % 6}`,
      id % 11 === 0 ? 1 : null,
      id % 13 === 0 ? '2024-02-01' : null,
    );
  }
  db.prepare(
    `INSERT INTO mentions(record_id, notice_id, span_start, span_end, extracted, original_record_id)
     VALUES (4, 1, 0, 1, ?, 4)`,
  ).run(JSON.stringify({ title: '标题', warnings: [{ code: 'truncated_item', message: '…' }] }));
}

const IDS = Array.from({ length: 45 }, (_, i) => 45 - i); // any order, some not there
const ASKED = ['110101', '310110'];

/** The same records read by id, those filed under the codes asked. */
const byIdFiledUnder = (db: Database.Database) =>
  dedupeRecordsByIds(db, IDS).filter((r) => r.regionCode && ASKED.includes(r.regionCode));

const byIndex = (db: Database.Database) =>
  dedupeRecordsFiledUnder(db, ASKED, IDS).sort((a, b) => a.id - b.id);

/** The identity check's read by code, through the index, against one that reads the table. */
function identityAgrees(db: Database.Database) {
  const table = db.prepare(
    `SELECT id, kind, programme, year, batch, region_code AS regionCode, unit_code AS unitCode,
            town, unit, region_text AS regionText, title
       FROM records r NOT INDEXED
      WHERE merged_into IS NULL AND deleted_at IS NULL AND kind = ?
        AND region_code IN ('110101', '310110') AND (programme IS ? OR (kind = 'case' AND year = ?))
      ORDER BY id`,
  );
  let n = 0;
  for (const kind of KINDS)
    for (const programme of ['社区治理和服务创新实验区', '新名单']) {
      const rows = identityCandidates(db, kind, programme, 2021, ASKED);
      expect(rows).toEqual(table.all(kind, programme, 2021));
      expect(
        identityCandidatesByProgramme(db, kind, [programme], 2021, ASKED).get(programme),
      ).toEqual(rows);
      n += rows.length;
    }
  expect(n).toBeGreaterThan(3);
}

describe('migration 0021 (the finder’s columns by region code)', () => {
  it('reads the records filed under codes from the index, equal to a read by id', async () => {
    const dir = tempDir();
    const db = openDatabase(path.join(dir.dir, 'l.sqlite'));
    cleanups.push(() => {
      db.close();
      dir.cleanup();
    });
    await migrate(db, { target: 20 });
    seed(db);
    await migrate(db, { target: 21 });
    const columns = (
      db.prepare("SELECT name FROM pragma_index_info('records_live_pool')").all() as {
        name: string;
      }[]
    ).map((c) => c.name);
    expect(columns.slice(0, 3)).toEqual(['kind', 'region_code', 'id']);
    expect(columns).toEqual(expect.arrayContaining(['title', 'town', 'unit', 'region_text']));

    const first = byIndex(db);
    expect(first.length).toBeGreaterThan(8);
    expect(first).toEqual(byIdFiledUnder(db));
    expect(first.some((r) => r.truncated)).toBe(true);
    identityAgrees(db);
    // control: the ids not filed under the codes (another county, placed nowhere) are not read
    expect(dedupeRecordsFiledUnder(db, ['110102'], [2, 3, 4, 8])).toEqual([]);
    expect(dedupeRecordsFiledUnder(db, ['110102'], [1, 2]).map((r) => r.id)).toEqual([1]);
    expect(dedupeRecordsFiledUnder(db, [], IDS)).toEqual([]);

    // the index follows every finder column, merges, deletions and a mention's flag
    db.prepare(
      "UPDATE records SET title = title || '（更名）', town = '新街道' WHERE id = 5",
    ).run();
    db.prepare("UPDATE records SET region_code = '310110', unit = '某村' WHERE id = 6").run();
    db.prepare(
      "UPDATE records SET programme = '新名单', year = 2030, batch = NULL WHERE id = 9",
    ).run();
    db.prepare('UPDATE records SET merged_into = 1 WHERE id = 10').run();
    db.prepare('UPDATE records SET merged_into = NULL WHERE id = 22').run();
    db.prepare("UPDATE records SET deleted_at = '2024-03-01' WHERE id = 12").run();
    db.prepare('DELETE FROM records WHERE id = 14').run();
    db.prepare('UPDATE mentions SET record_id = 5 WHERE record_id = 4').run();
    const after = byIndex(db);
    expect(after).toEqual(byIdFiledUnder(db));
    expect(after).not.toEqual(first);
    identityAgrees(db);

    // the pool's read seeks its index; the grid's sort by code and the codes read the narrow one
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
        .map((r) => r.detail)
        .join(' | ');
    expect(
      plan(`SELECT id FROM records r INDEXED BY records_live_pool
             WHERE merged_into IS NULL AND deleted_at IS NULL AND kind = 'zone'
               AND region_code IN ('110101') AND r.id IN (1, 2)`),
    ).toMatch(/^SEARCH r USING (COVERING )?INDEX records_live_pool \(kind=\? AND region_code=\?/);
    expect(
      plan(`SELECT id FROM records r WHERE merged_into IS NULL AND deleted_at IS NULL
              AND kind = 'zone' ORDER BY region_code, id`),
    ).toMatch(
      /^SCAN r USING (COVERING )?INDEX records_live_region$|INDEX records_live_region \(kind=\?\)$/,
    );
    expect(
      plan(`SELECT DISTINCT r.kind, r.region_code FROM records r
             WHERE merged_into IS NULL AND deleted_at IS NULL AND r.region_code IS NOT NULL`),
    ).toContain('records_live_region');
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
