/**
 * What staff do in the grid besides paging: a quick search (FTS5 trigram; 1–2 character
 * terms by LIKE), a province facet, and all facet counts, at N records, each returning a
 * first page with its total. Baseline: the same question answered the way a spreadsheet
 * does it — fetch every row and test it in JavaScript.
 */
import { openLedger, type Ledger } from '../../../src/main/db/ledger';
import { recordFacets } from '../../../src/main/db/queries/record-search';
import { pageRecords, type PageQuery } from '../../../src/main/db/queries/records';
import type { RecordKind } from '../../../src/shared/domain';
import { ledgerFile } from '../fixtures';
import { registerBench } from '../registry';

interface State {
  ledger: Ledger;
  kind: RecordKind;
  word: string;
  province: string;
}

const cases = [
  {
    name: 'grid-search-fts',
    label: 'Grid quick search, 3+ characters (FTS5 trigram), first page + total',
  },
  {
    name: 'grid-search-short',
    label: 'Grid quick search, 2 characters (LIKE), first page + total',
  },
  { name: 'grid-facet-province', label: 'Grid province facet, first page + total' },
  {
    name: 'grid-facet-counts',
    label: 'Grid facet counts (province, city, programme, year, batch, status, flags)',
  },
  { name: 'grid-sort-year-desc', label: 'Grid sorted by 年度 descending, first page + total' },
  {
    name: 'grid-sort-status',
    label: 'Grid sorted by 状态 as shown (read from milestones), first page + total',
  },
  {
    name: 'grid-filter-contains',
    label: 'Grid column filter (标题 contains a word), first page + total',
  },
] as const;

/** The grid's question for each row, as the grid sends it. */
function queryOf(
  name: (typeof cases)[number]['name'],
  s: State,
): Omit<PageQuery, 'offset' | 'limit'> {
  switch (name) {
    case 'grid-facet-province':
      return { kind: s.kind, facets: { province: [s.province] } };
    case 'grid-sort-year-desc':
      return { kind: s.kind, sort: { field: 'year', dir: 'desc' } };
    case 'grid-sort-status':
      return { kind: s.kind, sort: { field: 'status', dir: 'asc' } };
    case 'grid-filter-contains':
      return {
        kind: s.kind,
        filters: [{ field: 'title', join: 'AND', conditions: [{ op: 'contains', value: s.word }] }],
      };
    default:
      return { kind: s.kind, search: s.word };
  }
}

for (const c of cases) {
  registerBench<State>({
    name: c.name,
    label: c.label,
    baselineName: 'fetch every row of the kind and test it in JS',
    target: { maxMs: c.name === 'grid-facet-counts' ? 300 : 100 },
    quickScale: 10_000,
    fullScale: 100_000,
    runs: { quick: 5, full: 5 },
    warmup: 1,
    async setup(ctx) {
      const ledger = await openLedger(await ledgerFile(ctx));
      const top = ledger.db
        .prepare('SELECT kind, count(*) AS n FROM records GROUP BY kind ORDER BY n DESC LIMIT 1')
        .get() as { kind: RecordKind };
      // A word that really occurs: three characters from the middle of some title.
      const title = (
        ledger.db
          .prepare('SELECT title FROM records WHERE kind = ? LIMIT 1 OFFSET 77')
          .get(top.kind) as { title: string }
      ).title;
      const province = (
        ledger.db
          .prepare('SELECT province FROM records WHERE kind = ? AND province IS NOT NULL LIMIT 1')
          .get(top.kind) as { province: string }
      ).province;
      const word = c.name === 'grid-search-short' ? title.slice(2, 4) : title.slice(2, 5);
      return { ledger, kind: top.kind, word, province };
    },
    run(s) {
      if (c.name === 'grid-facet-counts') return recordFacets(s.ledger.db, { kind: s.kind });
      return pageRecords(s.ledger.db, { ...queryOf(c.name, s), offset: 0, limit: 100 });
    },
    baseline(s) {
      const rows = s.ledger.db
        .prepare('SELECT * FROM records WHERE kind = ?')
        .all(s.kind) as Record<string, string | null>[];
      if (c.name === 'grid-facet-province')
        return rows.filter((r) => r['province'] === s.province).length;
      if (c.name === 'grid-sort-year-desc')
        return rows.sort((a, b) => Number(b['year'] ?? 0) - Number(a['year'] ?? 0)).slice(0, 100);
      if (c.name === 'grid-filter-contains')
        return rows.filter((r) => r['title']?.includes(s.word)).length;
      if (c.name === 'grid-sort-status')
        return rows
          .sort((a, b) => (a['status'] ?? '').localeCompare(b['status'] ?? ''))
          .slice(0, 100);
      if (c.name === 'grid-facet-counts') {
        const counts = new Map<string, number>();
        for (const r of rows)
          for (const f of ['province', 'city', 'programme', 'year', 'batch', 'status']) {
            const k = `${f}:${r[f]}`;
            counts.set(k, (counts.get(k) ?? 0) + 1);
          }
        return counts.size;
      }
      return rows.filter((r) =>
        ['region_text', 'unit', 'title', 'content'].some((f) => r[f]?.includes(s.word)),
      ).length;
    },
    teardown(s) {
      s.ledger.close();
    },
  });
}
