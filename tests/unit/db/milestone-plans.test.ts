/**
 * The milestones table carries only indexes a query plan uses: an import writes about
 * sixty milestones a notice, each one a b-tree write per index. Asserted on the plans
 * (EXPLAIN QUERY PLAN) of the milestone reads as db/queries/milestones.ts builds them, and
 * of the foreign-key checks SQLite runs when undo deletes a record, notice or rule (each
 * looks up the milestones pointing at the row: without an index, a scan per deleted row).
 */
import { describe, expect, it, vi } from 'vitest';
import {
  glanceRows,
  listMilestoneRows,
  MILESTONE_DATES_SQL,
  MILESTONE_LIST_SQL,
} from '../../../src/main/db/queries/milestone-list';
import {
  milestoneCounts,
  milestonesByKeys,
  storedInScope,
} from '../../../src/main/db/queries/milestones';
import { tempLedgerDbs } from '../../support/temp-ledger-db';

const ledgerDb = tempLedgerDbs();

type Db = Awaited<ReturnType<typeof ledgerDb>>;

/** The SQL texts the milestone reads prepare, each with its plan. */
function readPlans(db: Db): Map<string, string> {
  const spy = vi.spyOn(db, 'prepare');
  storedInScope(db, [1, 2], [3]);
  milestonesByKeys(db, ['rec:1:acceptance']);
  listMilestoneRows(db);
  milestoneCounts(db, 1);
  const texts = spy.mock.calls.map((c) => c[0]).filter((sql) => /\bmilestones\b/.test(sql));
  spy.mockRestore();
  return new Map(texts.map((sql) => [sql, plan(db, sql)]));
}

function plan(db: Db, sql: string): string {
  const st = db.prepare(`EXPLAIN QUERY PLAN ${sql}`);
  // every parameter null: the plan does not depend on the values
  const named = Object.fromEntries([...sql.matchAll(/@(\w+)/g)].map((m) => [m[1], null]));
  const positional = Array<null>((sql.match(/\?/g) ?? []).length).fill(null);
  const rows = (/@\w/.test(sql) ? st.all(named) : st.all(...positional)) as { detail: string }[];
  return rows.map((r) => r.detail).join(' | ');
}

describe('milestone query plans', () => {
  it('every index on milestones is used by a read or a foreign-key check, and no other exists', async () => {
    const db = await ledgerDb();
    const plans = [
      ...readPlans(db).values(),
      plan(db, 'DELETE FROM records WHERE id = 1'),
      plan(db, 'DELETE FROM notices WHERE id = 1'),
      plan(db, 'DELETE FROM rules WHERE id = 1'),
    ];
    expect(plans.length).toBeGreaterThanOrEqual(7);
    const names = (
      db
        .prepare(
          "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'milestones' ORDER BY name",
        )
        .all() as { name: string }[]
    ).map((r) => r.name);
    for (const name of names)
      expect(
        plans.some((p) => p.includes(` ${name} `)),
        name,
      ).toBe(true);
    // the unique key (regeneration's lookup), the date order of the deadline list, and the
    // three columns pointing at rows undo deletes
    expect(names).toEqual([
      'milestones_due',
      'milestones_notice',
      'milestones_record',
      'milestones_rule',
      'sqlite_autoindex_milestones_1',
    ]);
  });

  it('reads by record, notice or key search their index, never scan the table', async () => {
    const db = await ledgerDb();
    for (const [sql, p] of readPlans(db)) {
      if (/ORDER BY m\.due_on/.test(sql)) continue; // the deadline list reads every row
      expect(p, sql).toContain('SEARCH milestones USING');
      expect(p, sql).not.toMatch(/SCAN milestones(?! USING)/);
    }
  });
});

describe('the deadline list and its notices', () => {
  /** The plan's rows with the row they hang under. */
  const tree = (db: Db, sql: string) =>
    db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ recordId: null, id: null }) as {
      id: number;
      parent: number;
      detail: string;
    }[];

  it.each([
    ['the list', MILESTONE_LIST_SQL],
    ['the glance', MILESTONE_DATES_SQL],
  ])(
    "%s reaches a notice's row only in a subquery for a milestone of no record",
    async (_name, sql) => {
      const db = await ledgerDb();
      const rows = tree(db, sql);
      const byId = new Map(rows.map((r) => [r.id, r]));
      const notices = rows.filter((r) => /^(SEARCH|SCAN) n\b/.test(r.detail));
      expect(notices.length).toBeGreaterThan(0);
      // a notice's text overflows its page before the columns shown: joined to every duty,
      // its pages were walked once per duty (175,000 at 100,000 records)
      for (const n of notices)
        expect(byId.get(n.parent)?.detail ?? '', n.detail).toMatch(/CORRELATED SCALAR SUBQUERY/);
    },
  );

  it('names each milestone by its notice, and leaves out a withdrawn notice’s own deadline', async () => {
    const db = await ledgerDb();
    const notice = (id: number, withdrawn: string | null) =>
      db
        .prepare(
          `INSERT INTO notices (id, file, sha256, format, raw_text, title, doc_no, issued_on, imported_at, withdrawn_at)
           VALUES (?, ?, ?, 'txt', ?, ?, ?, '2024-03-01', '2024-03-05T00:00:00Z', ?)`,
        )
        .run(
          id,
          `n${id}.txt`,
          `sha${id}`,
          '正文'.repeat(3000),
          `通知${id}`,
          `文号${id}`,
          withdrawn,
        );
    notice(1, null);
    notice(2, '2024-04-01T00:00:00Z');
    db.prepare(
      `INSERT INTO records (id, kind, region_text, created_at, updated_at)
       VALUES (1, 'zone', '某市某区', '2024-03-05T00:00:00Z', '2024-03-05T00:00:00Z')`,
    ).run();
    const duty = (id: number, record: number | null, noticeId: number) =>
      db
        .prepare(
          `INSERT INTO milestones (id, record_id, notice_id, kind, due_on, key, updated_at)
           VALUES (?, ?, ?, 'acceptance', '2025-01-01', ?, '2024-03-05T00:00:00Z')`,
        )
        .run(id, record, noticeId, `k${id}`);
    duty(1, 1, 1);
    duty(2, null, 1);
    duty(3, null, 2);
    const rows = listMilestoneRows(db);
    expect(rows.map((r) => r.id).sort()).toEqual([1, 2]);
    for (const r of rows) {
      expect(r.notice).toEqual({
        title: '通知1',
        docNo: '文号1',
        issuer: null,
        issuedOn: '2024-03-01',
        file: 'n1.txt',
      });
      expect(r.learnedOn).toBe('2024-03-05');
    }
    expect(
      glanceRows(db)
        .map((r) => r.id)
        .sort(),
    ).toEqual([1, 2]);
  });
});
