/**
 * 首页's reads as the page asks for them when it opens (the summary, the deadline reminder's
 * and the chart's lists, the undo bar's peek) at a 100k-record ledger, against the same reads
 * at 1k in the same run: how much longer every other page's request waits behind the home
 * page on the single backend thread as the ledger grows. Warm reads of an open ledger (the
 * first read after start also pays the disk).
 */
import { peekHistory } from '../../../src/main/app/history/history';
import { deadlines } from '../../../src/main/app/schedule/deadlines';
import { todayInChina } from '../../../src/main/core/schedule/dates';
import { openLedger, type Ledger } from '../../../src/main/db/ledger';
import { homeSummary } from '../../../src/main/db/queries/home-summary';
import { ledgerFile } from '../fixtures';
import { registerBench } from '../registry';

interface State {
  op: Ledger;
  base: Ledger;
}

/** The requests the home page makes (HomePage, DeadlineSummary, DeadlineChart, UndoBar). */
function homeReads(ledger: Ledger): void {
  const asOf = todayInChina();
  homeSummary(ledger.db);
  deadlines(ledger, { asOf, withinDays: 90 });
  deadlines(ledger, { asOf, withinDays: 31 * 6 });
  peekHistory(ledger);
}

registerBench<State>({
  name: 'home-at-100k',
  label: "首页's reads at a 100k-record ledger (summary, two deadline lists, undo peek)",
  baselineName: "首页's reads at a 1k-record ledger",
  target: { maxMs: 200 },
  quickScale: 100_000,
  fullScale: 100_000,
  runs: { quick: 5, full: 7 },
  warmup: 1,
  async setup(ctx) {
    return {
      op: await openLedger(await ledgerFile(ctx, 100_000)),
      base: await openLedger(await ledgerFile(ctx, 1_000)),
    };
  },
  run: (s) => homeReads(s.op),
  baseline: (s) => homeReads(s.base),
  teardown(s) {
    s.op.close();
    s.base.close();
  },
});
