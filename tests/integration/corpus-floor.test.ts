/**
 * The corpus of real notices (tests/fixtures/corpus) as a correctness floor: every notice is
 * built into its file and imported as a dry run, then scored against its hand-labelled gold
 * (the same run as `npm run corpus`). The floors are the levels reached, so a change that
 * loses records, invents one, or loses items without a warning fails here. PDFs need
 * LibreOffice to be built; without it they are skipped, and the skip says so.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runCorpus, totalsOf } from '../support/corpus/run';

/**
 * The provincial notices (p*) were held out while the importer was written: their floors are
 * the levels reached once their failing shapes had general rules, below the tuned set's.
 */
const PROVINCIAL_FLOOR = {
  records: 0.93,
  invented: 13,
  metadata: 0.76,
};

const FLOOR = {
  records: 0.98,
  regions: 0.98,
  metadata: 0.95,
  role: 0.95,
  status: 0.95,
  rules: 0.95,
};

type Run = Awaited<ReturnType<typeof runCorpus>>;

describe('the corpus of real notices', () => {
  let run: Run;

  beforeAll(async () => {
    run = await runCorpus(null);
    for (const s of run.skipped) console.log(`corpus: ${s.id} skipped (${s.skipped})`);
  }, 900_000);

  const share = (a: number, b: number): number => (b === 0 ? 1 : a / b);

  const provincial = (r: Run['results'][number]): boolean => /^p\d/.test(r.id);
  const tuned = (): Run['results'] => run.results.filter((r) => !provincial(r));

  it(`gets at least ${FLOOR.records * 100}% of records right (region code and title)`, () => {
    const t = totalsOf(tuned(), []);
    expect(t.notices).toBeGreaterThanOrEqual(20);
    expect(share(t.right, t.expected)).toBeGreaterThanOrEqual(FLOOR.records);
  });

  it(`gets at least ${PROVINCIAL_FLOOR.records * 100}% of the held-out provincial records right`, () => {
    const t = totalsOf(run.results.filter(provincial), []);
    expect(t.notices).toBeGreaterThanOrEqual(30);
    expect(share(t.right, t.expected)).toBeGreaterThanOrEqual(PROVINCIAL_FLOOR.records);
    expect(t.invented).toBeLessThanOrEqual(PROVINCIAL_FLOOR.invented);
    expect(share(t.metadata.right, t.metadata.total)).toBeGreaterThanOrEqual(
      PROVINCIAL_FLOOR.metadata,
    );
  });

  it('invents no record', () => {
    const invented = tuned()
      .filter((r) => r.records.invented > 0)
      .map(
        (r) => `${r.id}: ${r.records.details.filter((d) => d.startsWith('invented')).join('; ')}`,
      );
    expect(invented).toEqual([]);
  });

  it('never loses items silently, and raises the warnings the gold expects', () => {
    expect(run.totals.lostSilently).toEqual([]);
    expect(run.totals.missingExpectedWarnings).toEqual([]);
    expect(run.totals.failures).toEqual([]);
  });

  it('reads the notice metadata, its role, item outcomes and rules', () => {
    const t = totalsOf(tuned(), []);
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
