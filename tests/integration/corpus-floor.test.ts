/**
 * The corpus of real notices (tests/fixtures/corpus, tests/fixtures/series) as a correctness
 * floor: every notice is built into its file and imported as a dry run, then scored against
 * its hand-labelled gold (the same run as `npm run corpus`). Each set has its own floor, the
 * level it reached: the national notices (n*) the importer was written on; the notice series
 * (later notices about the same zones); the provincial notices (p*), held out until their
 * failing shapes were given general rules; and the held-out notices (q*), never tuned on for
 * their records, then a few general rules; and the second held-out set (r*), labelled and
 * committed before its first run (62% right), then the source of general rules for regions,
 * name columns and county group headings; and the third held-out set (s*), labelled and
 * committed before its first run (61% right; 62% once region strings read a community after
 * its prefecture and a township after a 台商投资区); and the fourth held-out set (t*), labelled
 * and committed the same way (74% right on its first run, 76% once it taught general rules); the
 * fifth (u*), the core programmes from new provinces, labelled and committed the same way; and
 * the sixth (v*), later notices about units already listed; the seventh (w*), lists of the
 * core programmes in old binary Word/Excel, wrapped PDF tables, nested web tables and legacy
 * encodings; the eighth (x*), notices over time on units already named; the ninth (y*), lists
 * of the core programmes from new places; the eleventh (h*), case and honour lists and their
 * follow-ups; the twelfth (m*), rural and grass-roots lists of them; the thirteenth (c*), zones over a
 * programme's life as places tell them; the fourteenth (d*), lists and news as cities and counties publish
 * them; and the format variants (f*), notices of the other sets delivered in another format with their
 * gold. The held-out sets are kept apart from
 * the totals of the others so their first-run figures do not lower their floors. A change that loses records, invents
 * more or loses more items without a warning fails here; the ceilings below only ever go down. PDFs
 * need LibreOffice to be built; without it they are skipped, and the skip says so.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { regionScore, runCorpus, totalsOf } from '../support/corpus/run';

type Run = Awaited<ReturnType<typeof runCorpus>>;
type Result = Run['results'][number];
import {
  CEILING,
  FLOOR,
  SECOND_REGIONS,
  SECOND_ROLE,
  SETS,
  type SetFloor,
} from '../support/corpus/floors';
import {
  APART,
  apart,
  HELDOUT2_REGIONS,
  HELDOUT3_REGIONS,
} from '../support/corpus/held-out-floors';

/** Lost items and missing warnings at or under their known counts, and no notice unreadable. */
function withinCeilings(
  t: ReturnType<typeof totalsOf>,
  ceiling: { lostSilently: number; missingExpectedWarnings: number },
): void {
  expect(t.lostSilently.length, t.lostSilently.join('\n')).toBeLessThanOrEqual(
    ceiling.lostSilently,
  );
  expect(
    t.missingExpectedWarnings.length,
    t.missingExpectedWarnings.join('\n'),
  ).toBeLessThanOrEqual(ceiling.missingExpectedWarnings);
  expect(t.failures).toEqual([]);
}

describe('the corpus of real notices', () => {
  let run: Run;

  // Over 500 notices, PDFs and old Word/Excel files built by LibreOffice: about ten minutes on
  // an idle 2-core machine, well over fifteen on a busy one. The bound only stops a hang.
  beforeAll(async () => {
    run = await runCorpus(null);
    for (const s of run.skipped) console.log(`corpus: ${s.id} skipped (${s.skipped})`);
  }, 2_700_000);

  const share = (a: number, b: number): number => (b === 0 ? 1 : a / b);
  const inSet = (set: SetFloor): Result[] => run.results.filter((r) => set.member(r.id));

  for (const set of SETS) {
    it(`${set.name}: at least ${set.records * 100}% of records right, at most ${set.invented} invented`, () => {
      const results = inSet(set);
      const t = totalsOf(results, []);
      expect(t.notices).toBeGreaterThanOrEqual(set.notices);
      expect(share(t.right, t.expected)).toBeGreaterThanOrEqual(set.records);
      const invented = results.flatMap((r) =>
        r.records.details.filter((d) => d.startsWith('invented')).map((d) => `${r.id}: ${d}`),
      );
      expect(invented.length, invented.join('\n')).toBeLessThanOrEqual(set.invented);
      expect(share(t.metadata.right, t.metadata.total)).toBeGreaterThanOrEqual(set.metadata);
    });
  }

  it('loses no more items silently than known, and raises the warnings the gold expects', () => {
    const t = totalsOf(
      run.results.filter((r) => !apart(r.id)),
      run.skipped,
    );
    withinCeilings(t, CEILING);
    for (const set of APART) {
      withinCeilings(
        totalsOf(
          run.results.filter((r) => set.member(r.id)),
          [],
        ),
        set,
      );
    }
  });

  it('reads the notice role, item outcomes and rules', () => {
    const t = totalsOf(
      run.results.filter((r) => !apart(r.id)),
      run.skipped,
    );
    const roleOf = (results: Result[]) =>
      totalsOf(results, []).metadata.byField['role'] ?? { right: 0, total: 0 };
    const role = roleOf(run.results.filter((r) => !SECOND_ROLE.member(r.id) && !apart(r.id)));
    expect(share(role.right, role.total)).toBeGreaterThanOrEqual(FLOOR.role);
    const second = roleOf(run.results.filter((r) => SECOND_ROLE.member(r.id)));
    expect(second.total).toBeGreaterThan(0);
    expect(share(second.right, second.total)).toBeGreaterThanOrEqual(SECOND_ROLE.floor);
    for (const set of APART) {
      const held = roleOf(run.results.filter((r) => set.member(r.id)));
      expect(held.total).toBeGreaterThan(0);
      expect(share(held.right, held.total)).toBeGreaterThanOrEqual(set.role);
    }
    expect(share(t.statusRight, t.statusExpected)).toBeGreaterThanOrEqual(FLOOR.status);
    expect(t.statusInvented).toBe(0);
    expect(share(t.rules.found, t.rules.expected)).toBeGreaterThanOrEqual(FLOOR.rules);
  });

  it(`resolves at least ${FLOOR.regions * 100}% of the hard region strings (the held-out sets apart)`, () => {
    const second = regionScore(SECOND_REGIONS.file);
    const held = [...APART.map((set) => set.regions), HELDOUT2_REGIONS, HELDOUT3_REGIONS].flatMap(
      (regions) => (regions ? [{ regions, score: regionScore(regions.file) }] : []),
    );
    expect(second.total).toBeGreaterThan(0);
    const right = held.reduce((n, h) => n - h.score.right, run.regions.right - second.right);
    const total = held.reduce((n, h) => n - h.score.total, run.regions.total - second.total);
    expect(share(right, total)).toBeGreaterThanOrEqual(FLOOR.regions);
    expect(
      share(second.right, second.total),
      second.misses.map((m) => `${m.text}: want ${m.want}, got ${m.got}`).join('\n'),
    ).toBeGreaterThanOrEqual(SECOND_REGIONS.floor);
    for (const { regions, score } of held) {
      expect(score.total).toBeGreaterThan(0);
      expect(
        share(score.right, score.total),
        score.misses.map((m) => `${m.text}: want ${m.want}, got ${m.got}`).join('\n'),
      ).toBeGreaterThanOrEqual(regions.floor);
    }
  });
});
