/**
 * The corpus of real notices (tests/fixtures/corpus) as a correctness floor: every notice is
 * built into its file and imported as a dry run, then scored against its hand-labelled gold
 * (the same run as `npm run corpus`). The floors are the levels reached, so a change that
 * loses records, invents more, or loses more items without a warning fails here. The notice
 * series (tests/fixtures/series) are scored too; the records they still invent (province
 * names in a news item's list of the provinces visited) and the one list they lose silently
 * are counted as known, not hidden: the ceilings below only ever go down. PDFs need
 * LibreOffice to be built; without it they are skipped, and the skip says so.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runCorpus } from '../support/corpus/run';

const FLOOR = {
  records: 0.96,
  regions: 0.98,
  metadata: 0.92,
  role: 0.94,
  status: 0.95,
  rules: 0.95,
};

/** Known failures, counted: a change may lower these, never raise them. */
const CEILING = { invented: 24, lostSilently: 1 };

type Run = Awaited<ReturnType<typeof runCorpus>>;

describe('the corpus of real notices', () => {
  let run: Run;

  beforeAll(async () => {
    run = await runCorpus(null);
    for (const s of run.skipped) console.log(`corpus: ${s.id} skipped (${s.skipped})`);
  }, 900_000);

  const share = (a: number, b: number): number => (b === 0 ? 1 : a / b);

  it(`gets at least ${FLOOR.records * 100}% of records right (region code and title)`, () => {
    const t = run.totals;
    expect(t.notices).toBeGreaterThanOrEqual(20);
    expect(share(t.right, t.expected)).toBeGreaterThanOrEqual(FLOOR.records);
  });

  it(`invents at most the ${CEILING.invented} known records`, () => {
    const invented = run.results.flatMap((r) =>
      r.records.details.filter((d) => d.startsWith('invented')).map((d) => `${r.id}: ${d}`),
    );
    expect(invented.length, invented.join('\n')).toBeLessThanOrEqual(CEILING.invented);
  });

  it('never loses items silently, and raises the warnings the gold expects', () => {
    expect(run.totals.lostSilently.length, run.totals.lostSilently.join('\n')).toBeLessThanOrEqual(
      CEILING.lostSilently,
    );
    expect(run.totals.missingExpectedWarnings).toEqual([]);
    expect(run.totals.failures).toEqual([]);
  });

  it('reads the notice metadata, its role, item outcomes and rules', () => {
    const t = run.totals;
    const role = t.metadata.byField['role'] ?? { right: 0, total: 0 };
    expect(share(t.metadata.right, t.metadata.total)).toBeGreaterThanOrEqual(FLOOR.metadata);
    expect(share(role.right, role.total)).toBeGreaterThanOrEqual(FLOOR.role);
    expect(share(t.statusRight, t.statusExpected)).toBeGreaterThanOrEqual(FLOOR.status);
    expect(t.statusInvented).toBe(0);
    expect(share(t.rules.found, t.rules.expected)).toBeGreaterThanOrEqual(FLOOR.rules);
  });

  it(`resolves at least ${FLOOR.regions * 100}% of the hard region strings`, () => {
    expect(share(run.regions.right, run.regions.total)).toBeGreaterThanOrEqual(FLOOR.regions);
  });
});
