/**
 * The held-out notice series (tests/fixtures/series/held-*, and the second round held2-*), labelled from their sources and
 * committed before the importer ever ran on them: imported in order and in reverse, each must
 * give its expected ledger (series.json) — one record per real entity, no wrong merge, every
 * later notice joined, statuses and grades from events only, ends after extensions, nothing
 * overdue that is not, rules in their scope.
 */
import { readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { SERIES_DIR } from '../support/corpus/load';
import { expectedSeries, scoreSeries } from '../support/series/series-expected';
import { importInOrder, seriesFiles } from '../support/series/series-ledger';
import { tempLedger } from '../support/temp-ledger';

const HELD = readdirSync(SERIES_DIR).filter((d) => /^held\d*-/.test(d));

describe('held-out notice series', () => {
  const made: Awaited<ReturnType<typeof tempLedger>>[] = [];
  afterAll(() => made.forEach((l) => l.cleanup()));

  it('has held-out series', () => {
    expect(HELD.length).toBeGreaterThanOrEqual(3);
  });

  for (const name of HELD) {
    for (const order of ['in order', 'in reverse'] as const) {
      it(`${name}: the expected ledger (${order})`, async () => {
        const files = await seriesFiles(name);
        const t = await tempLedger();
        made.push(t);
        await importInOrder(t.ledger, order === 'in order' ? files : [...files].reverse());
        const score = scoreSeries(t.ledger, expectedSeries(name));
        console.log(`${name} (${order}): ${JSON.stringify(score)}`);
        expect(score.problems).toEqual([]);
      }, 300_000);
    }
  }
});
