/**
 * The milestones table carries only indexes a query plan uses: an import writes about
 * sixty milestones a notice, each one a b-tree write per index. Asserted on the plans
 * (EXPLAIN QUERY PLAN) of the milestone reads as db/queries/milestones.ts builds them, and
 * of the foreign-key checks SQLite runs when undo deletes a record, notice or rule (each
 * looks up the milestones pointing at the row: without an index, a scan per deleted row).
 */
import { describe, expect, it, vi } from 'vitest';
import {
  listMilestoneRows,
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
