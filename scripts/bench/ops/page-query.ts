/**
 * One grid page (100 rows, with mentions) through pageRecords at N records: first and
 * middle page, sorted by region code, by the region as written (code order, the text
 * breaking ties) and by title. The baseline is what the grid avoids:
 * fetching the whole table (SELECT * FROM records, all rows) into memory.
 */
import { openLedger, type Ledger } from '../../../src/main/db/ledger';
import { pageRecords } from '../../../src/main/db/queries/records';
import { ledgerFile } from '../fixtures';
import { registerBench } from '../registry';
import type { BenchContext } from '../types';
import type { RecordKind } from '../../../src/shared/domain';

interface State {
  ledger: Ledger;
  kind: RecordKind;
  offset: number;
}

const PAGE = 100;

const cases: { field: 'regionCode' | 'regionText' | 'title'; where: 'first' | 'middle' }[] = [
  { field: 'regionCode', where: 'first' },
  { field: 'regionCode', where: 'middle' },
  { field: 'regionText', where: 'first' },
  { field: 'regionText', where: 'middle' },
  { field: 'title', where: 'first' },
  { field: 'title', where: 'middle' },
];

for (const c of cases) {
  registerBench<State>({
    name: `page-${c.field}-${c.where}`,
    label: `Grid page of ${PAGE} (pageRecords, one kind), ${c.where} page, by ${c.field}`,
    baselineName: 'SELECT * FROM records (all rows)',
    target: { maxMs: 100 },
    quickScale: 10_000,
    fullScale: 100_000,
    runs: { quick: 7, full: 5 },
    warmup: 1,
    async setup(ctx: BenchContext) {
      const ledger = await openLedger(await ledgerFile(ctx));
      // A grid always shows one kind: page through the largest one.
      const top = ledger.db
        .prepare('SELECT kind, count(*) AS n FROM records GROUP BY kind ORDER BY n DESC LIMIT 1')
        .get() as { kind: RecordKind; n: number };
      return { ledger, kind: top.kind, offset: c.where === 'first' ? 0 : Math.floor(top.n / 2) };
    },
    run(s) {
      const page = pageRecords(s.ledger.db, {
        kind: s.kind,
        offset: s.offset,
        limit: PAGE,
        sort: { field: c.field, dir: 'asc' },
      });
      if (page.rows.length !== PAGE) throw new Error(`page returned ${page.rows.length} rows`);
    },
    baseline(s) {
      s.ledger.db.prepare('SELECT * FROM records').all();
    },
    teardown(s) {
      s.ledger.close();
    },
  });
}
