/**
 * The case keys kept in the ledger (migration 0017, db/write/case-title-keys.ts) and the
 * lookups by title that read them (db/queries/kept-case-titles.ts):
 * - every kept key of a record not noted as changed equals a fresh keying of the ledger,
 *   and once an import has run nothing is noted — after imports, edits of a title and of a
 *   place, a merge, a deletion, rolled-back changes, another connection's commit, undo,
 *   redo and a restore;
 * - a lookup always equals the cases holding the title's last characters (in either
 *   script) whose key is the item's, keyed or not, and a few asked for are the first of
 *   those by id;
 * - a lookup reads its key's rows through the key's index and keys only noted records, and
 *   a few asked for are read one case at a time by id until found.
 */
import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { redo, undo } from '../../src/main/app/history/history';
import { restoreLedger } from '../../src/main/app/backups/restore-ledger';
import { importFiles } from '../../src/main/app/import/import-notices';
import { CASE_KEYS, caseTitleKey } from '../../src/main/core/dedupe/title-identity';
import { makeBackup } from '../../src/main/db/backups';
import { casesTitledLike } from '../../src/main/db/queries/identity';
import { scriptVariants } from '../../src/main/db/queries/script-variants';
import {
  KEYED_IDS,
  keptCaseTitles,
  keptCasesTitled,
  type CaseKeys,
} from '../../src/main/db/queries/kept-case-titles';
import { keyNotedCaseTitles } from '../../src/main/db/write/case-title-keys';
import { writeImport } from '../../src/main/db/write/import-rows';
import {
  generateLedger,
  loadRegionPool,
  toImportBatches,
  type ImportBatch,
} from '../support/generate';
import { tempLedger } from '../support/temp-ledger';
import { textFile } from '../support/text-file';

let t: Awaited<ReturnType<typeof tempLedger>>;
let batches: ImportBatch[];

beforeAll(async () => {
  const g = generateLedger({ seed: 47, size: 400 }, await loadRegionPool());
  batches = toImportBatches(g.records, { seed: 47, perNotice: 40 });
}, 60_000);
afterEach(() => t?.cleanup());

const tailOf = (title: string) => /[\u4e00-\u9fa5]{2}(?=[^\u4e00-\u9fa5]*$)/.exec(title)?.[0];

interface Asked {
  title: string;
  regionText: string | null;
}

/** Titles and places asked for in this test so far: a title since edited away is asked too. */
const everAsked = new Map<string, Asked>();
afterEach(() => everAsked.clear());

/**
 * Every case's own title and place, the same title written under another place, and what
 * was asked before.
 */
function asked(db: Database.Database): Asked[] {
  const rows = db
    .prepare(
      `SELECT title, region_text AS regionText FROM records
        WHERE kind = 'case' AND title IS NOT NULL ORDER BY id`,
    )
    .all() as Asked[];
  for (const r of [...rows, ...rows.map((r) => ({ title: r.title, regionText: null }))])
    everAsked.set(`${r.title}\u0000${r.regionText ?? ''}`, r);
  return [...everAsked.values()];
}

/** Every lookup equals a fresh read of the cases holding its tail. */
function checkWith(db: Database.Database, keys: CaseKeys = CASE_KEYS) {
  let found = 0;
  for (const a of asked(db)) {
    const tail = tailOf(a.title);
    if (!tail) continue;
    const key = keys.keyOf(a.title, a.regionText);
    const kept = keptCasesTitled(db, key, tail, keys);
    const fresh = keys.endOf(key)
      ? casesTitledLike(db, scriptVariants(tail)).filter(
          (c) => keys.keyOf(c.title, c.regionText) === key,
        )
      : [];
    expect(kept).toEqual(fresh);
    found += kept.length;
  }
  expect(found).toBeGreaterThan(0);
}

const noted = (db: Database.Database) =>
  (db.prepare('SELECT id FROM case_title_stale ORDER BY id').all() as { id: number }[]).map(
    (r) => r.id,
  );

/** The kept keys of the records not noted equal a fresh keying of every live case. */
function checkKept(db: Database.Database, keys: CaseKeys = CASE_KEYS) {
  const skip = new Set(noted(db));
  const kept = (
    db.prepare('SELECT id, key FROM case_title_keys ORDER BY id').all() as {
      id: number;
      key: string;
    }[]
  ).filter((r) => !skip.has(r.id));
  const fresh = (
    db
      .prepare(
        `SELECT id, title, region_text AS regionText FROM records
          WHERE kind = 'case' AND merged_into IS NULL AND deleted_at IS NULL ORDER BY id`,
      )
      .all() as { id: number; title: string | null; regionText: string | null }[]
  )
    .filter((r) => !skip.has(r.id))
    .map((r) => ({ id: r.id, key: keys.keyOf(r.title, r.regionText) }))
    .filter((r) => keys.endOf(r.key) !== null);
  expect(kept).toEqual(fresh);
  return kept.length;
}

/** What an import does before it commits. */
const keyNoted = (db: Database.Database, keys: CaseKeys = CASE_KEYS) =>
  db.transaction(() => keyNotedCaseTitles(db, keys)).immediate();

/** Lookups with nothing noted and with everything noted since the last keying. */
function checkAll(db: Database.Database) {
  checkKept(db);
  checkWith(db);
  keyNoted(db);
  expect(noted(db)).toEqual([]);
  expect(checkKept(db)).toBeGreaterThan(0);
  checkWith(db);
}

// composed: a list of three cases, then a feature naming one of them by its title only
const LIST = textFile('list.txt', [
  '某市3个案例入选典型案例',
  '2023年8月2日 来源：某某网',
  '由某报社开展的“全国2023创新社会治理典型案例”正式发布。此次济南市共入选3个案例，分别为《历下区以“居民议事厅”破解老旧小区治理难题》、《槐荫区以“邻里议事会”破解老旧小区停车难题》和《章丘区探索村级事务阳光公开新路径》。',
]);
const FEATURE = textFile('feature.txt', [
  '老旧小区有了“议事厅”',
  '2024-03-05　来源：历下区融媒体中心',
  '2023年，《历下区以居民议事厅破解老旧小区治理难题》入选全国2023创新社会治理推荐案例。',
]);

describe('case keys kept in the ledger', () => {
  it('equal a fresh keying after every kind of change, and the lookups a fresh read', async () => {
    t = await tempLedger();
    const db = t.ledger.db;
    writeImport(db, batches[0]!.notice, batches[0]!.records);
    checkAll(db);
    writeImport(db, batches[1]!.notice, batches[1]!.records);
    checkAll(db);
    const ids = (
      db.prepare("SELECT id FROM records WHERE kind = 'case' ORDER BY id").all() as { id: number }[]
    ).map((r) => r.id);
    expect(ids.length).toBeGreaterThan(8);
    const [a, b, c, d, e] = ids;
    // a merge, a title renamed to another case's, a place changed, a record deleted (marked)
    db.prepare('UPDATE records SET merged_into = ? WHERE id = ?').run(a, b);
    db.prepare(
      'UPDATE records SET title = (SELECT title FROM records WHERE id = ?) WHERE id = ?',
    ).run(a, c);
    // a title opening with its place, keyed without it; then the place is written otherwise
    db.prepare(
      "UPDATE records SET title = '青石县' || title, region_text = '东湖省青石县' WHERE id = ?",
    ).run(d);
    expect(noted(db)).toEqual([b, c, d]);
    checkAll(db);
    db.prepare("UPDATE records SET region_text = '某省某市' WHERE id = ?").run(d);
    db.prepare("UPDATE records SET deleted_at = '2026-01-01' WHERE id = ?").run(e);
    // a case becoming another kind, and back
    db.prepare("UPDATE records SET kind = 'zone' WHERE id = ?").run(ids[5]);
    checkAll(db);
    db.prepare("UPDATE records SET kind = 'case' WHERE id = ?").run(ids[5]);
    // a record taken out of the table
    db.prepare(
      'DELETE FROM records WHERE id = ? AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.record_id = records.id)',
    ).run(ids[7]);
    checkAll(db);
    // changes rolled back, after the cases were read and keyed inside them
    db.exec('SAVEPOINT s');
    writeImport(db, batches[2]!.notice, batches[2]!.records);
    db.prepare('UPDATE records SET merged_into = NULL WHERE id = ?').run(b);
    checkAll(db);
    db.exec('ROLLBACK TO s; RELEASE s');
    checkAll(db);
    try {
      db.transaction(() => {
        writeImport(db, batches[3]!.notice, batches[3]!.records);
        checkWith(db);
        throw new Error('rolled back');
      })();
    } catch {
      // expected
    }
    checkAll(db);
    // another connection writes, with no keying of its own
    const other = new Database(t.file);
    other.prepare("UPDATE records SET title = title || '工作体系' WHERE id = ?").run(ids[6]);
    other.close();
    expect(noted(db)).toEqual([ids[6]]);
    checkAll(db);
    writeImport(db, batches[4]!.notice, batches[4]!.records);
    checkAll(db);
  });

  it('are made by the import, and stay true through undo, redo and a restore', async () => {
    t = await tempLedger();
    const db = t.ledger.db;
    await importFiles(t.ledger, [LIST]);
    expect(noted(db)).toEqual([]);
    expect(checkKept(db)).toBe(3);
    const backup = await makeBackup(db, t.file, 'manual');
    await importFiles(t.ledger, [FEATURE]);
    expect(noted(db)).toEqual([]);
    expect(checkKept(db)).toBe(3);
    // the feature joined its case by title: the case has a second mention
    expect(
      db.prepare('SELECT count(*) AS n FROM mentions GROUP BY record_id ORDER BY n DESC').get(),
    ).toEqual({ n: 2 });
    writeImport(db, batches[0]!.notice, batches[0]!.records);
    expect(noted(db).length).toBeGreaterThan(8); // written outside an import: noted
    await undo(t.ledger);
    checkKept(db);
    checkWith(db);
    await redo(t.ledger);
    checkKept(db);
    checkWith(db);
    await importFiles(t.ledger, [LIST]); // imported before: nothing written, nothing keyed
    await importFiles(t.ledger, [
      textFile('other.txt', ['某某通知', '2024年1月1日', '无关内容。']),
    ]);
    expect(noted(db)).toEqual([]);
    const written = checkKept(db);
    expect(written).toBeGreaterThan(8);
    await restoreLedger(t.ledger, backup, { kind: 'restore', label: 'b' });
    expect(checkKept(db)).toBe(3);
    checkWith(db);
    await undo(t.ledger); // the restore
    checkKept(db);
    checkWith(db);
    keyNoted(db);
    expect(checkKept(db)).toBe(written);
  });

  it('made another way are not used, and are all made again by the next keying', async () => {
    t = await tempLedger();
    const db = t.ledger.db;
    for (const b of batches.slice(0, 3)) writeImport(db, b.notice, b.records);
    keyNoted(db);
    // another keying: every key one character longer (a later version's, say)
    const other: CaseKeys = {
      keyOf: (title, place) => `${CASE_KEYS.keyOf(title, place)}号`,
      endOf: CASE_KEYS.endOf,
      version: `${CASE_KEYS.version}/other`,
    };
    checkWith(db, other);
    keyNoted(db, other);
    expect(checkKept(db, other)).toBeGreaterThan(0);
    checkWith(db, other);
    checkWith(db); // and back: the keys of this keying are not used either
  });

  it('answer a few, leaving some cases, as the first of all the answers by id', async () => {
    t = await tempLedger();
    const db = t.ledger.db;
    // the same items in two notices: every title of them is then held by two cases or more
    const { notice, records } = batches[0]!;
    writeImport(db, notice, records);
    writeImport(db, { ...notice, sha256: 'f'.repeat(64) }, records);
    keyNoted(db);
    writeImport(db, batches[1]!.notice, batches[1]!.records); // these noted only
    const readOnly = new Database(t.file, { readonly: true });
    const titles = keptCaseTitles(db, CASE_KEYS);
    const fromReadOnly = keptCaseTitles(readOnly, CASE_KEYS);
    let crowded = 0;
    for (const a of asked(db)) {
      const tail = tailOf(a.title);
      if (!tail) continue;
      const key = caseTitleKey(a.title, a.regionText);
      const all = titles.titled(key, tail);
      if (all.length > 2) crowded++;
      for (const leaving of [new Set<number>(), new Set(all.slice(0, 1).map((c) => c.id))])
        for (const atMost of [1, 2]) {
          const few = { leaving, atMost };
          const want = all.filter((c) => !leaving.has(c.id)).slice(0, atMost);
          expect(titles.titled(key, tail, few)).toEqual(want);
          expect(fromReadOnly.titled(key, tail, few)).toEqual(want);
        }
    }
    readOnly.close();
    expect(crowded).toBeGreaterThan(0);
  });

  it("read a key's rows through its index, and key only the records noted since", async () => {
    t = await tempLedger();
    const db = t.ledger.db;
    for (const b of batches.slice(0, 5)) writeImport(db, b.notice, b.records);
    keyNoted(db);
    const plan = db
      .prepare(`EXPLAIN QUERY PLAN ${KEYED_IDS}`)
      .all('某')
      .map((r) => (r as { detail: string }).detail);
    expect(plan).toEqual([
      'SEARCH case_title_keys USING COVERING INDEX case_title_keys_key (key=?)',
    ]);
    let keyed = 0;
    const counting: CaseKeys = {
      keyOf: (title, place) => (keyed++, CASE_KEYS.keyOf(title, place)),
      endOf: CASE_KEYS.endOf,
      version: CASE_KEYS.version,
    };
    const lookups = asked(db).flatMap((a) => {
      const tail = tailOf(a.title);
      return tail ? [{ key: caseTitleKey(a.title, a.regionText), tail }] : [];
    });
    expect(lookups.length).toBeGreaterThan(40);
    const ask = () => {
      const titles = keptCaseTitles(db, counting);
      return lookups.map(({ key, tail }) =>
        titles.titled(key, tail, { leaving: new Set(), atMost: 2 }),
      );
    };
    const spy = vi.spyOn(db, 'prepare');
    const answers = ask();
    const reads = spy.mock.calls.map((c) => c[0]).filter((sql) => /\bFROM records\b/.test(sql));
    spy.mockRestore();
    expect(answers.flat().length).toBeGreaterThan(0);
    expect(keyed).toBe(0);
    // a few are read one case at a time by id until found, not every case of the key at once
    expect(reads).toHaveLength(1);
    expect(
      db
        .prepare(`EXPLAIN QUERY PLAN ${reads[0]!}`)
        .all(1)
        .map((r) => (r as { detail: string }).detail),
    ).toEqual(['SEARCH r USING INTEGER PRIMARY KEY (rowid=?)']);
    // two cases edited elsewhere: one notice's lookups key those two, once
    const ids = (
      db.prepare("SELECT id FROM records WHERE kind = 'case' ORDER BY id LIMIT 2").all() as {
        id: number;
      }[]
    ).map((r) => r.id);
    const retitle = db.prepare("UPDATE records SET title = title || '（修订）' WHERE id = ?");
    for (const id of ids) retitle.run(id);
    ask();
    expect(keyed).toBe(2);
  });
});
