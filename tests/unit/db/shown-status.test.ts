/**
 * One status everywhere: the status the grid shows (written, else read from the milestones)
 * is the one the record panel's row, the 状态 facet, quick search and the home page count,
 * and it is the workbook's (core/export/record-status.ts) for every combination of
 * milestones a zone can have.
 */
import { describe, expect, it } from 'vitest';
import { recordStatus } from '../../../src/main/core/export/record-status';
import { withDerivedStatus } from '../../../src/main/app/records/derived-status';
import { milestoneStatesOf } from '../../../src/main/db/queries/milestones';
import { pageRecords } from '../../../src/main/db/queries/records';
import { recordFacets } from '../../../src/main/db/queries/record-search';
import { CHINA_TODAY_SQL, shownStatuses } from '../../../src/main/db/queries/shown-status';
import { todayInChina } from '../../../src/main/core/schedule/dates';
import { homeSummary } from '../../../src/main/db/queries/home-summary';
import { writeImport, type RecordDraft } from '../../../src/main/db/write/import-rows';
import type { LedgerRecord, RecordKind } from '../../../src/shared/domain';
import { composedNotice } from '../../support/notice-draft';
import { tempLedgerDbs } from '../../support/temp-ledger-db';

const ledgerDb = tempLedgerDbs();
type Db = Awaited<ReturnType<typeof ledgerDb>>;

const AS_OF = '2024-06-01';

const record = (seq: number, kind: RecordKind, title: string, status = ''): RecordDraft => ({
  kind,
  fields: { seq, title, region_text: `${title}县`, ...(status ? { status } : {}) },
  seq,
  span: { start: seq, end: seq + 1 },
  extracted: {},
});

let key = 0;
function milestone(db: Db, recordId: number, kind: string, dueOn: string, status = 'pending') {
  db.prepare(
    `INSERT INTO milestones(record_id, kind, due_on, status, key, updated_at)
     VALUES (?, ?, ?, ?, ?, '2024-01-01')`,
  ).run(recordId, kind, dueOn, status, `k${key++}`);
}

/** Each slot absent or in one of the stored states: every combination a zone can have. */
const SLOTS: [string, string][] = [
  ['approval', '2020-01-01'],
  ['final_report', '2023-12-31'],
  ['final_report', '2025-12-31'],
  ['acceptance', '2024-03-31'],
  ['extension', '2024-12-31'],
];
const STATES = [null, 'pending', 'done', 'waived'] as const;

describe('the status shown', () => {
  it('is the workbook’s status for every combination of milestones', async () => {
    const db = await ledgerDb();
    const combos = STATES.length ** SLOTS.length;
    const drafts = Array.from({ length: combos }, (_, i) => record(i + 1, 'zone', `区${i}`));
    drafts.push(record(combos + 1, 'case', '案例'), record(combos + 2, 'observation', '观察点'));
    drafts.push(record(combos + 3, 'zone', '写明', ' 已验收（优秀） '));
    const { recordIds } = writeImport(db, composedNotice('甲'), drafts);
    db.transaction(() =>
      recordIds.slice(0, combos).forEach((id, i) => {
        let rest = i;
        for (const [kind, due] of SLOTS) {
          const state = STATES[rest % STATES.length]!;
          rest = Math.floor(rest / STATES.length);
          if (state) milestone(db, id, kind, due, state);
        }
      }),
    )();
    const shown = shownStatuses(db, recordIds, AS_OF);
    const states = milestoneStatesOf(db, recordIds);
    // what recordStatus reads of a record: its kind and written status
    const rows = db
      .prepare(`SELECT id, kind, status, title FROM records ORDER BY id`)
      .all() as Pick<LedgerRecord, 'id' | 'kind' | 'status' | 'title'>[];
    expect(rows).toHaveLength(recordIds.length);
    const differing = rows.filter(
      (r) => shown.get(r.id) !== recordStatus(r as LedgerRecord, states.get(r.id) ?? [], AS_OF),
    );
    expect(differing.map((r) => r.title)).toEqual([]);
    // every status the workbook knows comes up
    expect(new Set(shown.values())).toEqual(
      new Set([
        '实验中',
        '待验收',
        '已验收',
        '已延期',
        '已终止',
        '已公布',
        '已确认',
        '已验收（优秀）',
      ]),
    );
  });

  /** Four zones and a case, none with a status written but one zone. */
  async function ledger() {
    const db = await ledgerDb();
    const { recordIds } = writeImport(db, composedNotice('乙'), [
      record(1, 'zone', '期满', ''),
      record(2, 'zone', '在期', ''),
      record(3, 'zone', '验过', '已验收'),
      record(4, 'zone', '延长', ''),
      record(5, 'case', '案例', ''),
    ]);
    const [due, running, , extended] = recordIds as [number, number, number, number];
    milestone(db, due, 'final_report', '2023-12-31');
    milestone(db, running, 'final_report', '2099-12-31');
    milestone(db, extended, 'extension', '2025-12-31');
    const titles = (q: Omit<Parameters<typeof pageRecords>[1], 'offset' | 'limit'>) =>
      pageRecords(db, { asOf: AS_OF, offset: 0, limit: 9, ...q }).rows.map((r) => r.title);
    return { db, titles };
  }

  it('the grid row and the panel show it', async () => {
    const { db } = await ledger();
    const rows = pageRecords(db, { kind: 'zone', offset: 0, limit: 9 }).rows;
    expect(withDerivedStatus(db, rows, AS_OF).map((r) => r.status || r.derivedStatus)).toEqual([
      '待验收',
      '实验中',
      '已验收',
      '已延期',
    ]);
  });

  it('the 状态 facet counts and filters by it', async () => {
    const { db, titles } = await ledger();
    expect(recordFacets(db, { kind: 'zone', asOf: AS_OF }).values.status).toEqual(
      expect.arrayContaining([
        { value: '待验收', count: 1 },
        { value: '实验中', count: 1 },
        { value: '已验收', count: 1 },
        { value: '已延期', count: 1 },
      ]),
    );
    expect(titles({ kind: 'zone', facets: { status: ['待验收'] } })).toEqual(['期满']);
  });

  it('the 状态 column filter reads it too', async () => {
    const { titles } = await ledger();
    const filter = (op: 'contains' | 'equals' | 'blank', value?: string) =>
      titles({
        kind: 'zone',
        filters: [
          { field: 'status', join: 'AND', conditions: [{ op, ...(value ? { value } : {}) }] },
        ],
      });
    expect(filter('contains', '验收')).toEqual(['期满', '验过']);
    expect(filter('equals', '实验中')).toEqual(['在期']);
    expect(filter('blank')).toEqual([]);
  });

  it('the 状态 column sorts by it, both ways', async () => {
    const { titles } = await ledger();
    const sorted = (dir: 'asc' | 'desc') =>
      titles({ kind: 'zone', sort: { field: 'status', dir } });
    // 实验中 < 已延期 < 已验收 < 待验收 by character code; the written status alone would
    // put the three blanks last in id order
    expect(sorted('asc')).toEqual(['在期', '延长', '验过', '期满']);
    expect(sorted('desc')).toEqual(['期满', '验过', '延长', '在期']);
  });

  it('quick search finds a status word, written or read from the milestones', async () => {
    const { titles } = await ledger();
    expect(titles({ search: '验收' }).sort()).toEqual(['期满', '验过'].sort());
    expect(titles({ search: '已验收' })).toEqual(['验过']);
    expect(titles({ search: '延期' })).toEqual(['延长']);
    expect(titles({ kind: 'zone', search: '待验收 期满' })).toEqual(['期满']);
    // one character of a status is no status word: it would find nearly everything
    expect(titles({ search: '已' })).toEqual([]);
  });

  it('is read on today in China unless a day is given', async () => {
    const db = await ledgerDb();
    const before = todayInChina();
    const { d } = db.prepare(`SELECT ${CHINA_TODAY_SQL} AS d`).get() as { d: string };
    expect([before, todayInChina()]).toContain(d);
  });

  it('the home page counts it', async () => {
    const { db } = await ledger();
    const home = homeSummary(db, AS_OF).byStatus;
    expect(home).toEqual(
      expect.arrayContaining([
        { status: '待验收', kind: 'zone', count: 1 },
        { status: '已公布', kind: 'case', count: 1 },
      ]),
    );
    expect(home.some((s) => s.status === null)).toBe(false);
  });
});
