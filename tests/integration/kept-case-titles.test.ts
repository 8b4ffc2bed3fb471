/**
 * The cases an item naming a case by its title can be (db/queries/kept-case-titles.ts)
 * always equal the cases holding the title's last characters (in either script) whose key is the item's (and a
 * few of them asked for, the first of those by id): after imports, an edit of a title and of a place, a merge, a deletion, rolled-back
 * changes and another connection's commit.
 */
import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CASE_KEYS, caseTitleKey } from '../../src/main/core/dedupe/title-identity';
import { casesTitledLike } from '../../src/main/db/queries/identity';
import { scriptVariants } from '../../src/main/db/queries/script-variants';
import {
  keptCaseTitles,
  keptCasesTitled,
  type CaseKeys,
} from '../../src/main/db/queries/kept-case-titles';
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
  const g = generateLedger({ seed: 47, size: 400 }, await loadRegionPool());
  batches = toImportBatches(g.records, { seed: 47, perNotice: 40 });
}, 60_000);
afterEach(() => t?.cleanup());

/**
 * The same keys with one end for every case (as if every title ended alike), so the
 * lookups go through the longer ends of crowded ones.
 */
const CROWDED_KEYS: CaseKeys = {
  ...CASE_KEYS,
  endOf: (k) => (CASE_KEYS.endOf(k) === null ? null : 'end'),
};

const tailOf = (title: string) => /[\u4e00-\u9fa5]{2}(?=[^\u4e00-\u9fa5]*$)/.exec(title)?.[0];

interface Asked {
  title: string;
  regionText: string | null;
}

/** Every case's own title and place, and the same title written under another place. */
function asked(db: Database.Database): Asked[] {
  const rows = db
    .prepare(
      `SELECT title, region_text AS regionText FROM records
        WHERE kind = 'case' AND title IS NOT NULL ORDER BY id`,
    )
    .all() as Asked[];
  return [...rows, ...rows.map((r) => ({ title: r.title, regionText: null }))];
}

function checkWith(db: Database.Database, keys: CaseKeys) {
  let found = 0;
  for (const a of asked(db)) {
    const tail = tailOf(a.title);
    if (!tail) continue;
    const key = caseTitleKey(a.title, a.regionText);
    const kept = keptCasesTitled(db, key, tail, keys);
    const fresh = keys.endOf(key)
      ? casesTitledLike(db, scriptVariants(tail)).filter(
          (c) => caseTitleKey(c.title, c.regionText) === key,
        )
      : [];
    expect(kept).toEqual(fresh);
    found += kept.length;
  }
  expect(found).toBeGreaterThan(0);
}

describe('kept case titles', () => {
  it.each([
    ['the case keys', CASE_KEYS],
    ['keys whose ends are crowded', CROWDED_KEYS],
  ])('equal a fresh read after every kind of change (%s)', async (_, keys) => {
    t = await tempLedger();
    const db = t.ledger.db;
    const check = (d: Database.Database) => checkWith(d, keys);
    writeImport(db, batches[0]!.notice, batches[0]!.records);
    check(db);
    writeImport(db, batches[1]!.notice, batches[1]!.records);
    check(db);
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
    check(db);
    db.prepare("UPDATE records SET region_text = '某省某市' WHERE id = ?").run(d);
    db.prepare("UPDATE records SET deleted_at = '2026-01-01' WHERE id = ?").run(e);
    check(db);
    // changes rolled back, after the cases were read inside them
    db.exec('SAVEPOINT s');
    writeImport(db, batches[2]!.notice, batches[2]!.records);
    db.prepare('UPDATE records SET merged_into = NULL WHERE id = ?').run(b);
    check(db);
    db.exec('ROLLBACK TO s; RELEASE s');
    check(db);
    try {
      db.transaction(() => {
        writeImport(db, batches[3]!.notice, batches[3]!.records);
        check(db);
        throw new Error('rolled back');
      })();
    } catch {
      // expected
    }
    check(db);
    // another connection writes
    const other = new Database(t.file);
    other.prepare("UPDATE records SET title = title || '工作体系' WHERE id = ?").run(ids[6]);
    other.close();
    check(db);
    writeImport(db, batches[4]!.notice, batches[4]!.records);
    check(db);
  });

  it('reads the whole ledger by title: shared titles, titles out of id order, cases without one', async () => {
    t = await tempLedger();
    const db = t.ledger.db;
    writeImport(db, batches[0]!.notice, batches[0]!.records);
    writeImport(db, batches[1]!.notice, batches[1]!.records);
    const ids = (
      db.prepare("SELECT id FROM records WHERE kind = 'case' ORDER BY id").all() as { id: number }[]
    ).map((r) => r.id);
    expect(ids.length).toBeGreaterThan(8);
    // titles sorting against the ids (the first case last), two titles shared by cases apart
    // from each other, and cases with no title at all, between the others by id and by title
    const retitle = db.prepare('UPDATE records SET title = ? WHERE id = ?');
    ids.forEach((id, i) =>
      retitle.run(
        i % 5 === 2 ? null : `${String(ids.length - (i % 7)).padStart(3, '0')}号社区工作体系`,
        id,
      ),
    );
    // a connection that has read nothing yet: its first lookup reads every case by title
    const fresh = new Database(t.file);
    checkWith(fresh, CASE_KEYS);
    checkWith(fresh, CROWDED_KEYS);
    fresh.close();
  });

  it('answers a few, leaving some cases, as the first of all the answers by id', async () => {
    t = await tempLedger();
    const db = t.ledger.db;
    // the same items in two notices: every title of them is then held by two cases or more
    const { notice, records } = batches[0]!;
    writeImport(db, notice, records);
    writeImport(db, { ...notice, sha256: 'f'.repeat(64) }, records);
    writeImport(db, batches[1]!.notice, batches[1]!.records);
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

  it('keys only the first cases by id of a crowded title key when a few are asked for', async () => {
    t = await tempLedger();
    const db = t.ledger.db;
    for (const b of batches.slice(0, 5)) writeImport(db, b.notice, b.records);
    const ids = (
      db.prepare("SELECT id FROM records WHERE kind = 'case' ORDER BY id").all() as { id: number }[]
    ).map((r) => r.id);
    expect(ids.length).toBeGreaterThanOrEqual(40);
    // forty cases whose cores end with one key: the first fifteen by id name a county in
    // front that is not their place (another key), the next twenty-five have the key
    // itself, each in a place of its own (so no two share a keying). Keyed eight at a
    // time, the second eight hold one case of the key: the third must be keyed too.
    const title = '某某社区协商议事工作体系';
    const retitle = db.prepare('UPDATE records SET title = ?, region_text = ? WHERE id = ?');
    ids.slice(0, 40).forEach((id, i) => {
      if (i < 15) retitle.run(`青石县${title}`, '东湖省某市', id);
      else retitle.run(title, `东湖省某市${i}区`, id);
    });
    let keyed = 0;
    const counting: CaseKeys = {
      ...CASE_KEYS,
      keyOf: (title, regionText) => (keyed++, CASE_KEYS.keyOf(title, regionText)),
    };
    const key = caseTitleKey(title, null);
    const all = keptCaseTitles(db, CASE_KEYS).titled(key, '体系');
    expect(all.map((c) => c.id)).toEqual(ids.slice(15, 40));
    const readOnly = new Database(t.file, { readonly: true });
    for (const leaving of [new Set<number>(), new Set([ids[16]!, ids[18]!])]) {
      const few = { leaving, atMost: 2 };
      const want = all.filter((c) => !leaving.has(c.id)).slice(0, 2);
      keyed = 0;
      expect(keptCaseTitles(db, counting).titled(key, '体系', few)).toEqual(want);
      // the fifteen others share one keying a round; of the twenty-five, only those of the
      // first three rounds (26 keyings when every case was keyed)
      expect(keyed).toBeLessThanOrEqual(12);
      expect(keptCaseTitles(readOnly, CASE_KEYS).titled(key, '体系', few)).toEqual(want);
    }
    readOnly.close();
  });

  it("makes sure of the kept state once for one notice's lookups, with the same answers", async () => {
    t = await tempLedger();
    const db = t.ledger.db;
    writeImport(db, batches[0]!.notice, batches[0]!.records);
    keptCasesTitled(db, caseTitleKey('某某工作体系', null), '体系', CASE_KEYS); // kept once
    writeImport(db, batches[1]!.notice, batches[1]!.records);
    const lookups = asked(db).flatMap((a) => {
      const tail = tailOf(a.title);
      return tail ? [{ key: caseTitleKey(a.title, a.regionText), tail }] : [];
    });
    const fresh = lookups.map(({ key, tail }) =>
      CASE_KEYS.endOf(key)
        ? casesTitledLike(db, scriptVariants(tail)).filter(
            (c) => caseTitleKey(c.title, c.regionText) === key,
          )
        : [],
    );
    // the kept state is checked against the ledger's data version each time it is made sure of
    const pragma = db.pragma.bind(db);
    let checks = 0;
    db.pragma = ((source: string, options?: Database.PragmaOptions) => {
      if (source === 'data_version') checks++;
      return pragma(source, options);
    }) as typeof db.pragma;
    const titles = keptCaseTitles(db, CASE_KEYS);
    const answers = lookups.map(({ key, tail }) => titles.titled(key, tail));
    db.pragma = pragma;
    expect(lookups.length).toBeGreaterThan(8);
    expect(answers).toEqual(fresh);
    expect(answers.flat().length).toBeGreaterThan(0);
    expect(checks).toBeLessThanOrEqual(2);
  });
});
