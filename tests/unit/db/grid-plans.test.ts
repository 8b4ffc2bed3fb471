/**
 * The records table carries exactly the indexes the grid's queries use: every index costs
 * each imported record a b-tree write, so one no plan uses is pure cost, and one a plan
 * needs must not be dropped. Asserted on the plans themselves (EXPLAIN QUERY PLAN) for the
 * grid's page sorts, its count and its facets, as records.ts and record-search.ts build them.
 * The rarely sorted columns share one covering index (migration 0012): their pages sort the
 * keys that index holds, never the table's rows.
 */
import { describe, expect, it } from 'vitest';
import { dedupePoolIds, unplacedIds } from '../../../src/main/db/queries/duplicates';
import { pageIdsSql } from '../../../src/main/db/queries/records';
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
  return plan(db, pageIdsSql(w.sql, { field, dir: 'asc' }), { ...w.params, limit: 100, offset: 0 });
};

/** Sort field → the live-record index its page reads in order (no sort of the whole kind). */
const SORTED_BY_INDEX: Record<string, string> = {
  id: 'records_live_kind',
  title: 'records_live_title',
  regionCode: 'records_live_region',
};
/**
 * Sorts whose first key comes from an index (only the tie-break is sorted): the place
 * columns all read the region code's index in order, the written text breaking ties.
 */
const LEADING_INDEX: Record<string, string> = {
  regionText: 'records_live_region',
  province: 'records_live_region',
  city: 'records_live_region',
  county: 'records_live_region',
  town: 'records_live_region',
  programme: 'records_live_programme',
  updatedAt: 'records_live_updated',
};
/** Sorts that order the keys of the shared covering index (no row of the table is read). */
const COVERED_BY_SHARED = ['seq', 'year', 'batch', 'status'];
/** Milestone lookups a 状态 sort makes per row: the status shown is read from them. */
const MILESTONE_SEEK =
  /^CORRELATED SCALAR SUBQUERY \d+$|^SEARCH m USING INDEX milestones_record \(record_id=\?\)$/;
const SHARED = 'records_live_updated';
const FACET_INDEX: Record<string, string> = {
  province: 'records_live_place',
  programme: 'records_live_programme',
};

describe('grid query plans', () => {
  it('page sorts read their index in order', async () => {
    const db = await ledgerDb();
    for (const [field, index] of Object.entries(SORTED_BY_INDEX)) {
      const p = pagePlan(db, field);
      expect(p, field).toMatch(new RegExp(`USING (COVERING )?INDEX ${index} \\(kind=\\?`));
      expect(p, field).not.toContain('TEMP B-TREE');
    }
    for (const [field, index] of Object.entries(LEADING_INDEX)) {
      const p = pagePlan(db, field);
      expect(p, field).toMatch(new RegExp(`USING (COVERING )?INDEX ${index} \\(kind=\\?\\)`));
      expect(p, field).not.toContain('TEMP B-TREE FOR ORDER BY');
    }
    for (const field of COVERED_BY_SHARED) {
      // 状态 sorts by the status shown: the same keys, and each row's milestones by index
      const steps = pagePlan(db, field).split(' | ');
      expect([steps[0], steps.at(-1)], field).toEqual([
        `SEARCH r USING COVERING INDEX ${SHARED} (kind=?)`,
        'USE TEMP B-TREE FOR ORDER BY',
      ]);
      const between = steps.slice(1, -1);
      expect(between.length, field).toBe(field === 'status' ? 10 : 0);
      for (const step of between) expect(step, field).toMatch(MILESTONE_SEEK);
    }
  });

  it('the count and the facets use the live-record indexes of the kind', async () => {
    const db = await ledgerDb();
    const w = buildWhere({ kind: 'zone' });
    expect(plan(db, `SELECT count(*) AS n FROM records r WHERE ${w.sql}`, w.params)).toMatch(
      /^SEARCH r USING (COVERING )?INDEX records_live_\w+ \(kind=\?( AND merged_into=\? AND deleted_at=\?)?\)$/,
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
    // the 状态 facet groups the status as shown (shown-status.ts), read from each row's
    // milestones: only its sort reads the shared index
    for (const facet of COVERED_BY_SHARED.filter((f) => f !== 'status')) {
      const col = FIELD_SQL[facet]!;
      const p = plan(
        db,
        `SELECT ${col} AS value, count(*) AS count FROM records r WHERE ${w.sql}
          GROUP BY ${col} ORDER BY count DESC, value LIMIT 300`,
        w.params,
      );
      expect(p, facet).toContain(`COVERING INDEX ${SHARED} (kind=?)`);
    }
  });

  it('the place index orders a province by id and tests a ticked city on its own keys', async () => {
    const db = await ledgerDb();
    const columns = (
      db.prepare("SELECT name FROM pragma_index_info('records_live_place')").all() as {
        name: string;
      }[]
    ).map((c) => c.name);
    // ordered by city, each imported record went to the end of its city's run: a WAL page
    // per city at every commit; by id, a notice's records share their provinces' last pages
    expect(columns).toEqual(['kind', 'province', 'id', 'city']);
    const facetPlan = (facets: Record<string, string[]>, key: 'province' | 'city') => {
      const w = buildWhere({ kind: 'zone', facets }, { skipFacet: key });
      const col = FIELD_SQL[key]!;
      return plan(
        db,
        `SELECT ${col} AS value, count(*) AS count FROM records r WHERE ${w.sql}
          GROUP BY ${col} ORDER BY count DESC, value LIMIT 300`,
        w.params,
      );
    };
    expect(facetPlan({ province: ['江苏省'] }, 'city')).toContain(
      'USING INDEX records_live_place (kind=? AND province=?)',
    );
    // the province facet with a city ticked groups the index's entries in order, the city
    // tested on them (a Bloom filter, no sort of the whole kind)
    const cityTicked = facetPlan({ city: ['南京市'] }, 'province');
    expect(cityTicked).toContain('USING INDEX records_live_place (kind=?)');
    expect(cityTicked).not.toContain('TEMP B-TREE FOR GROUP BY');
  });

  it("the duplicate check's lookups seek the region and title indexes, never scan a kind", async () => {
    const db = await ledgerDb();
    // the statements as the queries prepare them (each kind, each lookup)
    const seen: string[] = [];
    const prepare = db.prepare.bind(db);
    db.prepare = ((sql: string) => (seen.push(sql), prepare(sql))) as typeof db.prepare;
    dedupePoolIds(db, { ids: [], codes: ['110101'], titles: ['某某议事会'], titleUpTo: 200 });
    unplacedIds(db, 10);
    db.prepare = prepare;
    const plans = seen.map((sql) => plan(db, sql.replaceAll('?', 'NULL'), {}));
    expect(plans.length).toBeGreaterThanOrEqual(5);
    for (const p of plans)
      expect(p).toMatch(
        /^SEARCH r USING (COVERING )?INDEX records_live_(region|title) \(kind=\? AND (region_code|title)=\?\)/,
      );
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
      SHARED,
    ]);
    expect(names).toEqual([...new Set([...used, 'records_merged'])].sort());
  });
});
