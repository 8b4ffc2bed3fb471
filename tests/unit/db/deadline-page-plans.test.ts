/**
 * 期限's pages read the full rows of the page only: the rows shown are found by their key
 * (never a walk of the 175,000 duties a 100k ledger holds), the page's read never prepares
 * the whole list's statement, and the timeline's search probes each record's duties by index.
 */
import { describe, expect, it, vi } from 'vitest';
import { deadlinePage } from '../../../src/main/app/schedule/deadline-page';
import { deadlineMonth } from '../../../src/main/app/schedule/deadline-month';
import {
  MILESTONE_LIST_SQL,
  MILESTONES_BY_IDS_SQL,
} from '../../../src/main/db/queries/milestone-list';
import { deadlineZones } from '../../../src/main/db/queries/milestone-names';
import { tempLedgerDbs } from '../../support/temp-ledger-db';

const ledgerDb = tempLedgerDbs();
type Db = Awaited<ReturnType<typeof ledgerDb>>;

const plan = (db: Db, sql: string, params: Record<string, unknown>) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map(
    (r) => r.detail,
  );

describe('the rows a page shows', () => {
  it('are found by their ids, never by a walk of the milestones', async () => {
    const db = await ledgerDb();
    const p = plan(db, MILESTONES_BY_IDS_SQL, { recordId: null, id: null, ids: '[1,2,3]' });
    expect(p).toContain('SEARCH m USING INTEGER PRIMARY KEY (rowid=?)');
    expect(p.join(' | ')).not.toMatch(/SCAN m\b/);
    // the list's own statement walks them all (the same text without the ids)
    expect(plan(db, MILESTONE_LIST_SQL, { recordId: null, id: null }).join(' | ')).toMatch(
      /SCAN m\b|SCAN milestones|USING INDEX milestones_due/,
    );
  });

  it('a page and a month read dates, then the shown rows by id: never the whole list', async () => {
    const db = await ledgerDb();
    const spy = vi.spyOn(db, 'prepare');
    deadlinePage({ db }, { section: 'overdue', within: 30, offset: 0, limit: 200 });
    deadlinePage({ db }, { section: 'soon', within: 30, filter: '计划', offset: 0, limit: 200 });
    deadlineMonth({ db }, { month: '2026-12' });
    const texts = spy.mock.calls.map((c) => c[0]);
    spy.mockRestore();
    expect(texts).not.toContain(MILESTONE_LIST_SQL);
  });
});

describe('the timeline’s search', () => {
  it('probes each record’s duties by the record index', async () => {
    const db = await ledgerDb();
    const spy = vi.spyOn(db, 'prepare');
    deadlineZones(db, '东城', 50);
    const sql = spy.mock.calls.map((c) => c[0]).find((s) => /FROM records r/.test(s))!;
    spy.mockRestore();
    const p = plan(db, sql, { like: '东城', limit: 51 }).join(' | ');
    expect(p).toMatch(/SEARCH m EXISTS USING (COVERING )?INDEX milestones_record/);
  });
});
