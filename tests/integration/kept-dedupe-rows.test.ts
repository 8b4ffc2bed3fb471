/**
 * The duplicate check's kept rows (db/queries/kept-dedupe-rows.ts) always equal a fresh
 * read of the ledger: after imports, a merge, an edit of a finder column, a mention moved,
 * a rolled-back savepoint and transaction, and another connection's commit. A record that
 * did not change keeps its row object (what the finder's index relies on).
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  keptDedupeRows,
  keptDedupeRowsBelow,
  keptDedupeRowsByIds,
  keptLiveAtLeast,
  keptNear,
  keptUnplacedIds,
} from '../../src/main/db/queries/kept-dedupe-rows';
import {
  dedupeRecordsByIds,
  liveAtLeast,
  loadDedupeRecords,
  unplacedIds,
} from '../../src/main/db/queries/duplicates';
import { writeImport } from '../../src/main/db/write/import-rows';
import {
  generateLedger,
  loadRegionPool,
  toImportBatches,
  type ImportBatch,
} from '../support/generate';
import { tempLedger } from '../support/temp-ledger';

let t: Awaited<ReturnType<typeof tempLedger>>;
let batches: ImportBatch[];

beforeAll(async () => {
  t = await tempLedger();
  const g = generateLedger({ seed: 31, size: 300 }, await loadRegionPool());
  batches = toImportBatches(g.records, { seed: 31, perNotice: 30 });
}, 60_000);
afterAll(() => t?.cleanup());

describe('kept duplicate-check rows', () => {
  it('equal a fresh read after every kind of change', () => {
    const db = t.ledger.db;
    const check = () => {
      const kept = keptDedupeRows(db);
      expect(kept).toEqual(loadDedupeRecords(db));
      return kept;
    };
    writeImport(db, batches[0]!.notice, batches[0]!.records);
    const first = check();
    writeImport(db, batches[1]!.notice, batches[1]!.records);
    const second = check();
    expect(second.length).toBeGreaterThan(first.length);
    expect(second[0]).toBe(first[0]); // unchanged: the same object
    const [a, b] = second;
    // a merge and an edit of a title
    db.prepare('UPDATE records SET merged_into = ? WHERE id = ?').run(a!.id, b!.id);
    db.prepare("UPDATE records SET title = title || '（更名）' WHERE id = ?").run(second[5]!.id);
    check();
    // the unit as written (a site below the county the gazetteer cannot place), then its place
    db.prepare("UPDATE records SET unit = '曙宏新村' WHERE id = ?").run(second[6]!.id);
    expect(check().find((r) => r.id === second[6]!.id)?.written).toBe('曙宏新村');
    db.prepare("UPDATE records SET unit = NULL, region_text = '上海市杨浦区' WHERE id = ?").run(
      second[6]!.id,
    );
    expect(check().find((r) => r.id === second[6]!.id)?.written).toBe('上海市杨浦区');
    // a mention flagged "title cut short" moved onto another record
    db.prepare(
      `UPDATE mentions SET extracted = json_set(extracted, '$.warnings', json('[{"code":"truncated_item","message":"x"}]'))
        WHERE record_id = ?`,
    ).run(second[7]!.id);
    expect(check().find((r) => r.id === second[7]!.id)?.truncated).toBe(true);
    // changes rolled back, after the rows were read inside them
    db.exec('SAVEPOINT s');
    writeImport(db, batches[2]!.notice, batches[2]!.records);
    db.prepare('UPDATE records SET merged_into = NULL WHERE id = ?').run(b!.id);
    check();
    db.exec('ROLLBACK TO s; RELEASE s');
    check();
    try {
      db.transaction(() => {
        writeImport(db, batches[3]!.notice, batches[3]!.records);
        check();
        throw new Error('rolled back');
      })();
    } catch {
      // expected
    }
    check();
    // another connection writes
    const other = new Database(t.file);
    other.prepare("UPDATE records SET town = '新街道' WHERE id = ?").run(second[9]!.id);
    other.close();
    expect(check().find((r) => r.id === second[9]!.id)?.town).toBe('新街道');
  });

  it('answer a small ledger’s check without counting it, and stop being kept past the limit', async () => {
    const t2 = await tempLedger();
    try {
      const db = t2.ledger.db;
      expect(keptDedupeRowsBelow(db, 1000)).toBeNull(); // nothing kept yet
      writeImport(db, batches[0]!.notice, batches[0]!.records);
      keptDedupeRows(db);
      writeImport(db, batches[1]!.notice, batches[1]!.records);
      const live = loadDedupeRecords(db);
      expect(keptDedupeRowsBelow(db, 1000)).toEqual(live);
      // the limit reached (or possibly reached): no answer, and nothing kept any more
      writeImport(db, batches[2]!.notice, batches[2]!.records);
      expect(keptDedupeRowsBelow(db, live.length + 10)).toBeNull();
      expect(keptDedupeRowsBelow(db, 1000)).toBeNull();
      expect(keptDedupeRows(db)).toEqual(loadDedupeRecords(db));
      expect(keptDedupeRowsBelow(db, 1000)).toEqual(loadDedupeRecords(db));
    } finally {
      t2.cleanup();
    }
  });

  it('by id: equal a fresh read of those ids after every kind of change, unchanged rows kept', async () => {
    const t3 = await tempLedger();
    try {
      const db = t3.ledger.db;
      const ids = Array.from({ length: 200 }, (_, i) => 200 - i); // any order, some not there yet
      const check = () => {
        const kept = keptDedupeRowsByIds(db, [...ids, ...ids.slice(0, 5)]);
        expect(kept).toEqual(dedupeRecordsByIds(db, ids));
        return kept;
      };
      writeImport(db, batches[0]!.notice, batches[0]!.records);
      const first = check();
      writeImport(db, batches[1]!.notice, batches[1]!.records);
      const second = check();
      expect(second.length).toBeGreaterThan(first.length);
      expect(second[0]).toBe(first[0]); // unchanged: the same object
      const [a, b] = second;
      db.prepare('UPDATE records SET merged_into = ? WHERE id = ?').run(a!.id, b!.id);
      db.prepare("UPDATE records SET town = '某某镇' WHERE id = ?").run(second[4]!.id);
      expect(check().find((r) => r.id === second[4]!.id)?.town).toBe('某某镇');
      db.prepare(
        `UPDATE mentions SET extracted = json_set(extracted, '$.warnings', json('[{"code":"truncated_item","message":"x"}]'))
          WHERE record_id = ?`,
      ).run(second[6]!.id);
      expect(check().find((r) => r.id === second[6]!.id)?.truncated).toBe(true);
      // rows read inside changes that are rolled back
      db.exec('SAVEPOINT s');
      writeImport(db, batches[2]!.notice, batches[2]!.records);
      db.prepare('UPDATE records SET merged_into = NULL WHERE id = ?').run(b!.id);
      check();
      db.exec('ROLLBACK TO s; RELEASE s');
      check();
      // the whole ledger's rows kept meanwhile (a small ledger's check) take the mark away
      keptDedupeRows(db);
      writeImport(db, batches[3]!.notice, batches[3]!.records);
      keptDedupeRows(db);
      check();
      // another connection writes
      const other = new Database(t3.file);
      other.prepare("UPDATE records SET title = '另一个标题' WHERE id = ?").run(second[8]!.id);
      other.close();
      expect(check().find((r) => r.id === second[8]!.id)?.title).toBe('另一个标题');
    } finally {
      t3.cleanup();
    }
  });

  it('count live and unplaced records as a fresh count does, reading only what changed, one check through one handle', async () => {
    const t4 = await tempLedger();
    try {
      const db = t4.ledger.db;
      const sorted = (ids: readonly number[] | null) => ids && [...ids].sort((x, y) => x - y);
      const check = () => {
        const live = loadDedupeRecords(db).length;
        for (const n of [live - 1, live, live + 1])
          expect(keptLiveAtLeast(db, n)).toBe(liveAtLeast(db, n));
        for (const limit of [3, 1000]) {
          const fresh = unplacedIds(db, limit);
          expect(sorted(keptUnplacedIds(db, limit))).toEqual(
            fresh.length <= limit ? sorted(fresh) : null,
          );
        }
        // one check's handle answers all its reads as fresh reads do
        const one = keptNear(db);
        const someIds = loadDedupeRecords(db)
          .map((r) => r.id)
          .filter((_, k) => k % 3 === 0);
        expect(one.rowsByIds(someIds)).toEqual(dedupeRecordsByIds(db, someIds));
        for (const n of [live - 1, live, live + 1])
          expect(one.liveAtLeast(n)).toBe(liveAtLeast(db, n));
        for (const limit of [3, 1000]) {
          const fresh = unplacedIds(db, limit);
          expect(sorted(one.unplacedIds(limit))).toEqual(
            fresh.length <= limit ? sorted(fresh) : null,
          );
        }
      };
      writeImport(db, batches[0]!.notice, batches[0]!.records);
      check();
      writeImport(db, batches[1]!.notice, batches[1]!.records);
      check();
      const ids = loadDedupeRecords(db).map((r) => r.id);
      const unplace = db.prepare('UPDATE records SET region_code = ? WHERE id = ?');
      unplace.run(null, ids[2]);
      unplace.run('330000', ids[3]); // a whole province
      check();
      db.prepare('UPDATE records SET merged_into = ? WHERE id = ?').run(ids[0], ids[2]);
      db.prepare("UPDATE records SET deleted_at = '2026-01-01' WHERE id = ?").run(ids[5]);
      check();
      db.exec('SAVEPOINT s');
      unplace.run(null, ids[7]);
      writeImport(db, batches[2]!.notice, batches[2]!.records);
      check();
      db.exec('ROLLBACK TO s; RELEASE s');
      check();
      for (const id of ids.slice(10, 16)) unplace.run(null, id); // more than the small limit
      check();
      const other = new Database(t4.file);
      other.prepare('UPDATE records SET region_code = NULL WHERE id = ?').run(ids[20]);
      other.close();
      check();
    } finally {
      t4.cleanup();
    }
  });
});
