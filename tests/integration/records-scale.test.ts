/**
 * The query layer on a 100k-record ledger: first page, sort, filter, facets and FTS
 * search give the right rows and totals at scale. How fast they are is measured by
 * `npm run bench` (rows page-*, grid-*), never here: a busy CI machine must not fail a
 * correct query. The timings are printed for curiosity only.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../src/main/db/ledger';
import { pageRecords, type PageQuery } from '../../src/main/db/queries/records';
import { recordFacets } from '../../src/main/db/queries/record-search';
import { tempDir } from '../support/temp-ledger';
import { buildBigLedger } from '../unit/records/big-ledger';

const COUNT = 100_000;
let ledger: Ledger;
let cleanup: () => void;
const timings: Record<string, number> = {};

beforeAll(async () => {
  const d = tempDir();
  const file = path.join(d.dir, 'big.sqlite');
  const built = await buildBigLedger(file, COUNT);
  timings['build 100k ledger'] = built.ms;
  ledger = await openLedger(file);
  cleanup = () => {
    ledger.close();
    d.cleanup();
  };
}, 300_000);
afterAll(() => {
  console.log(`\nrecords query layer on ${COUNT} records (ms):`);
  for (const [k, v] of Object.entries(timings)) console.log(`  ${k.padEnd(34)} ${v.toFixed(1)}`);
  cleanup();
});

/** One query, timed for the printout; a distinct no-op filter defeats the grid's count cache. */
function query(label: string, q: Omit<PageQuery, 'offset' | 'limit'> & { offset?: number }) {
  const t0 = performance.now();
  const r = pageRecords(ledger.db, {
    offset: 0,
    limit: 200,
    ...q,
    filters: [
      ...(q.filters ?? []),
      { field: 'id', join: 'AND', conditions: [{ op: 'greaterThan', value: -1 }] },
    ],
  });
  timings[label] = performance.now() - t0;
  return r;
}

const isSorted = <T>(xs: T[], cmp: (a: T, b: T) => number) =>
  xs.every((x, i) => i === 0 || cmp(xs[i - 1]!, x) <= 0);

describe('query layer at 100k records', () => {
  it('first page (with total) of a kind', () => {
    const r = query('first page', { kind: 'zone' });
    expect(r.total).toBe(COUNT / 2);
    expect(r.rows).toHaveLength(200);
    expect(r.rows.every((x) => x.kind === 'zone')).toBe(true);
  });

  it('sorts by title and by year, also deep in the list', () => {
    const byTitle = query('sort title', { kind: 'zone', sort: { field: 'title', dir: 'asc' } });
    expect(
      isSorted(
        byTitle.rows.map((x) => x.title ?? ''),
        (a, b) => (a < b ? -1 : a > b ? 1 : 0),
      ),
    ).toBe(true);
    const byYear = query('sort year desc', { kind: 'zone', sort: { field: 'year', dir: 'desc' } });
    expect(byYear.rows[0]!.year).toBe(2019);
    expect(
      isSorted(
        byYear.rows.map((x) => -(x.year ?? 0)),
        (a, b) => a - b,
      ),
    ).toBe(true);
    const deep = query('sort title at row 40000', {
      kind: 'zone',
      offset: 40_000,
      sort: { field: 'title', dir: 'asc' },
    });
    expect(deep.rows).toHaveLength(200);
    expect((deep.rows[0]!.title ?? '') >= (byTitle.rows.at(-1)!.title ?? '')).toBe(true);
  });

  it('filters by facet and by a column text filter', () => {
    const jiangsu = query('facet province', { kind: 'zone', facets: { province: ['江苏省'] } });
    expect(jiangsu.total).toBe(20_000);
    expect(jiangsu.rows.every((x) => x.province === '江苏省')).toBe(true);
    const contains = query('column filter contains', {
      kind: 'zone',
      filters: [
        { field: 'title', join: 'AND', conditions: [{ op: 'contains', value: '红色物业' }] },
      ],
    });
    expect(contains.total).toBe(COUNT / 10);
    expect(contains.rows.every((x) => x.title?.includes('红色物业'))).toBe(true);
  });

  it('quick search: FTS trigram, and LIKE for two characters', () => {
    const fts = query('FTS search 提案征集', { kind: 'zone', search: '提案征集' });
    expect(fts.total).toBe(COUNT / 10);
    expect(fts.rows.every((x) => x.title?.includes('提案征集'))).toBe(true);
    const rare = query('FTS search rare 第12345号', { search: '第12345号' });
    expect(rare.total).toBe(1);
    expect(rare.rows[0]!.title).toContain('第12345号');
    const like = query('LIKE search 提案 (2 chars)', { kind: 'zone', search: '提案' });
    expect(like.total).toBe(fts.total);
  });

  it('counts facets', () => {
    const t0 = performance.now();
    const f = recordFacets(ledger.db, { kind: 'zone' });
    timings['facet counts (all facets)'] = performance.now() - t0;
    expect(f.total).toBe(COUNT / 2);
  });
});
