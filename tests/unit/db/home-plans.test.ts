/**
 * 首页's reads stay proportional to what the page shows: the summary reads the live records
 * once, in table order (not an index walk with a lookup per record), and the deadline list
 * reads only the records of the programmes whose yearly calls it plans, sought in the live
 * programme index — never every record of the ledger. Asserted on the plans themselves
 * (EXPLAIN QUERY PLAN), as home-summary.ts and programme-cycles.ts build them.
 */
import { describe, expect, it } from 'vitest';
import { recordGroupsSql } from '../../../src/main/db/queries/home-summary';
import { cycleDutiesSql } from '../../../src/main/db/queries/programme-cycles';
import { tempLedgerDbs } from '../../support/temp-ledger-db';

const ledgerDb = tempLedgerDbs();

type Db = Awaited<ReturnType<typeof ledgerDb>>;

const plan = (db: Db, sql: string, params: Record<string, unknown>) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map(
    (r) => r.detail,
  );

describe('home page query plans', () => {
  it('groups the live records in one pass over the table', async () => {
    const db = await ledgerDb();
    const steps = plan(db, recordGroupsSql('@asOf'), { asOf: '2026-12-05' });
    const reads = steps.filter((s) => /^(SCAN|SEARCH) r\b/.test(s));
    expect(reads).toEqual(['SCAN r']);
    // the status shown reads each zone's milestones by their record index, nothing wider
    const milestoneReads = steps.filter((s) => /^(SCAN|SEARCH) m\b/.test(s));
    expect(milestoneReads.length).toBeGreaterThan(0);
    for (const s of milestoneReads)
      expect(s).toBe('SEARCH m USING INDEX milestones_record (record_id=?)');
  });

  it("seeks the named programmes' records in the live programme index", async () => {
    const db = await ledgerDb();
    const params = { kinds: '["final_report"]', p: '["全国农村社区治理实验区"]' };
    const steps = plan(db, cycleDutiesSql(true), params);
    expect(steps).toContain('SEARCH r USING INDEX records_live_programme (kind=? AND programme=?)');
    expect(steps.some((s) => /^SCAN r\b/.test(s))).toBe(false);
    // the look-alike: every programme is the whole ledger, and says so
    expect(plan(db, cycleDutiesSql(false), { kinds: params.kinds })).not.toContain(
      'SEARCH r USING INDEX records_live_programme (kind=? AND programme=?)',
    );
  });
});
