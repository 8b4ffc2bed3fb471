/**
 * The records table carries exactly the indexes the grid's queries use: every index costs
 * each imported record a b-tree write, so one no plan uses is pure cost, and one a plan
 * needs must not be dropped. Asserted on the plans themselves (EXPLAIN QUERY PLAN) for the
 * grid's page sorts, its count and its facets, as records.ts and record-search.ts build them.
 */
import { describe, expect, it } from 'vitest';
import { buildWhere, FIELD_SQL } from '../../../src/main/db/queries/record-search';
import { tempLedgerDbs } from '../../support/temp-ledger-db';

const ledgerDb = tempLedgerDbs();

type Db = Awaited<ReturnType<typeof ledgerDb>>;

const plan = (db: Db, sql: string, params: Record<string, unknown>) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[])
    .map((r) => r.detail)
    .join(' | ');

const pagePlan = (db: Db, field: string) => {
  const w = buildWhere({ kind: 'zone' });
  return plan(
    db,
    `SELECT r.id FROM records r WHERE ${w.sql}
      ORDER BY ${FIELD_SQL[field]} ASC NULLS LAST, r.id ASC LIMIT 100 OFFSET 0`,
    w.params,
  );
};

/** Sort field → the live-record index its page reads in order (no sort of the whole kind). */
const SORTED_BY_INDEX: Record<string, string> = {
  id: 'records_live_kind',
  seq: 'records_live_seq',
  title: 'records_live_title',
  regionCode: 'records_live_region',
  year: 'records_live_year',
  batch: 'records_live_batch',
  status: 'records_live_status',
  updatedAt: 'records_live_updated',
};
/** Sorts whose first key comes from a wider index (only the tie-break is sorted). */
const LEADING_INDEX: Record<string, string> = {
  province: 'records_live_place',
  programme: 'records_live_programme',
};
const FACET_INDEX: Record<string, string> = {
  province: 'records_live_place',
  programme: 'records_live_programme',
  year: 'records_live_year',
  batch: 'records_live_batch',
  status: 'records_live_status',
};

describe('grid query plans', () => {
  it('page sorts read their index in order', async () => {
    const db = await ledgerDb();
    for (const [field, index] of Object.entries(SORTED_BY_INDEX)) {
      const p = pagePlan(db, field);
      expect(p, field).toContain(`USING INDEX ${index} (kind=?)`);
      expect(p, field).not.toContain('TEMP B-TREE');
    }
    for (const [field, index] of Object.entries(LEADING_INDEX)) {
      const p = pagePlan(db, field);
      expect(p, field).toContain(`USING INDEX ${index} (kind=?)`);
      expect(p, field).not.toContain('TEMP B-TREE FOR ORDER BY');
    }
  });

  it('the count and the facets use the live-record indexes of the kind', async () => {
    const db = await ledgerDb();
    const w = buildWhere({ kind: 'zone' });
    expect(plan(db, `SELECT count(*) AS n FROM records r WHERE ${w.sql}`, w.params)).toMatch(
      /^SEARCH r USING (COVERING )?INDEX records_live_\w+ \(kind=\?\)$/,
    );
    for (const [facet, index] of Object.entries(FACET_INDEX)) {
      const col = FIELD_SQL[facet]!;
      const p = plan(
        db,
        `SELECT ${col} AS value, count(*) AS count FROM records r WHERE ${w.sql}
          GROUP BY ${col} ORDER BY count DESC, value LIMIT 300`,
        w.params,
      );
      expect(p, facet).toContain(`USING INDEX ${index} (kind=?)`);
      expect(p, facet).not.toContain('TEMP B-TREE FOR GROUP BY');
    }
  });

  it('merge chains read the index of merged records only', async () => {
    const db = await ledgerDb();
    expect(plan(db, 'SELECT id FROM records WHERE merged_into = @id', { id: 1 })).toMatch(
      /^SEARCH records USING (COVERING )?INDEX records_merged \(merged_into=\?\)$/,
    );
    const sql = (
      db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'records_merged'").get() as {
        sql: string;
      }
    ).sql;
    expect(sql).toMatch(/WHERE merged_into IS NOT NULL$/);
  });

  it('records has no index beyond those the plans use (and merged_into for merge chains)', async () => {
    const db = await ledgerDb();
    const names = (
      db
        .prepare(
          "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'records' AND sql IS NOT NULL ORDER BY name",
        )
        .all() as { name: string }[]
    ).map((r) => r.name);
    const used = new Set([
      ...Object.values(SORTED_BY_INDEX),
      ...Object.values(LEADING_INDEX),
      ...Object.values(FACET_INDEX),
    ]);
    expect(names).toEqual([...new Set([...used, 'records_merged'])].sort());
  });
});
