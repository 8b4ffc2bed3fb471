/**
 * The refusals' survivors are found by walking up from the refused ends, not down from every
 * live record: the same pairs as the whole-ledger walk (chains of merges, a chain that loops,
 * one that ends at a missing record), and no scan of the records table, which every import
 * that links used to pay.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LIVE_REFUSALS, refusalRows, refusedLinks } from '../../../src/main/db/queries/links';
import { tempLedger } from '../../support/temp-ledger';

/** The whole-ledger walk the query replaced: the reference its answers must equal. */
const DOWN_FROM_EVERY_RECORD = `WITH RECURSIVE top(id, live) AS (
         SELECT id, id FROM records WHERE merged_into IS NULL
         UNION ALL SELECT r.id, t.live FROM records r JOIN top t ON r.merged_into = t.id
       )
       SELECT f.record_a AS storedA, f.record_b AS storedB, ta.live AS a, tb.live AS b
         FROM link_refusals f JOIN top ta ON ta.id = f.record_a JOIN top tb ON tb.id = f.record_b`;

/** Only the columns the query reads; `merged_into` pairs are [id, merged into]. */
function ledger(merged: [number, number | null][], refusals: [number, number][]) {
  const db = new Database(':memory:');
  db.exec(`CREATE TABLE records (id INTEGER PRIMARY KEY, merged_into INTEGER);
    CREATE TABLE link_refusals (record_a INTEGER NOT NULL, record_b INTEGER NOT NULL,
      PRIMARY KEY (record_a, record_b)) WITHOUT ROWID;`);
  const put = db.prepare('INSERT INTO records (id, merged_into) VALUES (?, ?)');
  for (const [id, into] of merged) put.run(id, into);
  const refuse = db.prepare('INSERT INTO link_refusals VALUES (?, ?)');
  for (const [a, b] of refusals) refuse.run(a, b);
  return db;
}

const sorted = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort();

describe('the refusals followed to their survivors', () => {
  const db = ledger(
    [
      // 1 → 2 → 3: merged twice; 4, 5, 6 live; 7 ⇄ 8 a loop; 10 into a missing record
      [1, 2],
      [2, 3],
      [3, null],
      [4, null],
      [5, null],
      [6, null],
      [7, 8],
      [8, 7],
      [10, 999],
    ],
    [
      [1, 5],
      [4, 6],
      [5, 7],
      [4, 10],
      [2, 6],
    ],
  );

  it('gives the whole-ledger walk’s pairs: merged ends on their survivor, loops and strays none', () => {
    const rows = db.prepare(LIVE_REFUSALS).all();
    expect(sorted(rows)).toEqual(sorted(db.prepare(DOWN_FROM_EVERY_RECORD).all()));
    expect(sorted(rows)).toEqual(
      sorted([
        { storedA: 1, storedB: 5, a: 3, b: 5 },
        { storedA: 2, storedB: 6, a: 3, b: 6 },
        { storedA: 4, storedB: 6, a: 4, b: 6 },
      ]),
    );
    const refused = refusedLinks(db);
    expect([refused(5, 3), refused(3, 6), refused(6, 4), refused(4, 10), refused(5, 8)]).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(refusalRows(db)(6, 3)).toEqual([{ record_a: 2, record_b: 6 }]);
  });

  it('reads records only by id on the ledger’s own schema, unlike the walk it replaced', async () => {
    const t = await tempLedger();
    try {
      // The statistics of a ledger of ~2,900 records with 6 merged (what `optimize` leaves):
      // with them SQLite prefers the small merged index to the walk's reads by id.
      const db = t.ledger.db;
      db.exec('ANALYZE');
      db.prepare("DELETE FROM sqlite_stat1 WHERE tbl = 'records'").run();
      const stat = db.prepare("INSERT INTO sqlite_stat1 VALUES ('records', ?, ?)");
      stat.run(null, '2909');
      stat.run('records_merged', '6 1');
      db.exec('ANALYZE sqlite_schema');
      const plan = (sql: string) =>
        (t.ledger.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
          .map((r) => r.detail)
          .filter((d) => /\b(records|r)\b/.test(d));
      const byIdOnly = (sql: string) =>
        plan(sql).every((d) => d.startsWith('SEARCH r USING INTEGER PRIMARY KEY'));
      expect(byIdOnly(DOWN_FROM_EVERY_RECORD)).toBe(false); // the control: a scan of records
      expect(plan(LIVE_REFUSALS).length).toBeGreaterThan(0);
      expect(byIdOnly(LIVE_REFUSALS)).toBe(true);
    } finally {
      t.cleanup();
    }
  });
});
