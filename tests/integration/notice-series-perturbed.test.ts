/**
 * A few notice series with their later notices rewritten the ways follow-ups name things
 * (tests/support/series/perturb-series.ts), under the families that lost joins: the joins
 * made as written are still made, and none goes to the wrong record. The whole report over
 * every series and family is notice-series-perturbed.report.test.ts (opt-in).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { expectedSeries } from '../support/series/series-expected';
import { importInOrder } from '../support/series/series-ledger';
import { buildSeriesFiles, seriesNotices } from '../support/series/series-files';
import { perturbSeries, type Family } from '../support/series/perturb-series';
import { joinScore } from '../support/series/perturb-score';
import { tempLedger } from '../support/temp-ledger';

const CASES: [string, Family][] = [
  ['national-zones-first-batch', 'programme-short'],
  ['hubei-provincial-zones-2019', 'programme-short'],
  ['held2-gansu-provincial-zones-2020', 'programme-short'],
  ['hubei-provincial-zones-2019', 'order'],
];

describe('notice series under perturbation', () => {
  const made: Awaited<ReturnType<typeof tempLedger>>[] = [];
  afterAll(() => made.forEach((t) => t.cleanup()));

  const scoreOf = async (name: string, family: Family | null) => {
    const notices = seriesNotices(name);
    const expected = expectedSeries(name);
    const used = family ? perturbSeries(notices, expected, family, 1) : notices;
    const t = await tempLedger();
    made.push(t);
    await importInOrder(t.ledger, await buildSeriesFiles(used));
    return { score: joinScore(t.ledger, expected), notices, used };
  };

  for (const [name, family] of CASES)
    it(`${name} (${family}): every join kept, none wrong`, async () => {
      const plain = await scoreOf(name, null);
      const { score, notices, used } = await scoreOf(name, family);
      // The harness rewrote something, kept the first notice, and is the same for a seed.
      expect(used[0]).toBe(notices[0]);
      expect(used.some((n, i) => n !== notices[i])).toBe(true);
      expect(perturbSeries(notices, expectedSeries(name), family, 1)).toEqual(used);
      expect(score.wrongJoins).toBe(0);
      expect(score.duplicated).toBe(0);
      expect(score.joinsRight).toBe(plain.score.joinsRight);
      expect(score.invented).toBeLessThanOrEqual(plain.score.invented);
    }, 60_000);
});
