/**
 * Opt-in report (SERIES_PERTURB=1): every series imported as written and then with its later
 * notices rewritten by one perturbation family at a time (tests/support/series/perturb-series.ts),
 * giving per family the joins right, wrong joins, missed joins, invented records and rules in
 * their scope, against the unperturbed series. SERIES_PERTURB_DETAIL=1 also prints each
 * series' lost joins.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERIES_DIR } from '../support/corpus/load';
import { expectedSeries, scoreSeries } from '../support/series/series-expected';
import { importInOrder } from '../support/series/series-ledger';
import { buildSeriesFiles, seriesNotices } from '../support/series/series-files';
import { FAMILIES, perturbSeries, type Family } from '../support/series/perturb-series';
import { addScores, joinScore, ZERO, type JoinScore } from '../support/series/perturb-score';
import { tempLedger } from '../support/temp-ledger';

const SERIES = readdirSync(SERIES_DIR).filter(
  (d) => !d.includes('.') && d.includes(process.env.SERIES_PERTURB_SERIES ?? ''),
);
const ONLY = process.env.SERIES_PERTURB_FAMILY;
const SEEDS = (process.env.SERIES_PERTURB_SEEDS ?? '1').split(',').map(Number);

describe.skipIf(!process.env.SERIES_PERTURB)('notice series under perturbation (report)', () => {
  it('reports joins per family', async () => {
    const rows: [string, JoinScore, number][] = [];
    for (const family of ['none', ...FAMILIES].filter((f) => !ONLY || f === ONLY)) {
      let total = ZERO;
      let changed = 0;
      for (const seed of family === 'none' ? [0] : SEEDS)
        for (const name of SERIES) {
          const notices = seriesNotices(name);
          const expected = expectedSeries(name);
          const used =
            family === 'none' ? notices : perturbSeries(notices, expected, family as Family, seed);
          changed += used.filter(
            (n, i) => JSON.stringify(n.spec) !== JSON.stringify(notices[i]!.spec),
          ).length;
          const t = await tempLedger();
          try {
            await importInOrder(t.ledger, await buildSeriesFiles(used));
            total = addScores(total, joinScore(t.ledger, expected));
            if (process.env.SERIES_PERTURB_DETAIL && family !== 'none') {
              const lost = scoreSeries(t.ledger, expected).problems.filter((p) =>
                /wrong join|not joined|invented|duplicated|rule [0-9]/.test(p),
              );
              if (lost.length) console.log(`${family} ${name}:\n  ${lost.join('\n  ')}`);
            }
          } finally {
            t.cleanup();
          }
        }
      rows.push([family, total, changed]);
    }
    const table = [
      '| family | notices rewritten | joins right | wrong joins | missed joins | invented | duplicated | rules in scope |',
      '|---|---|---|---|---|---|---|---|',
      ...rows.map(
        ([f, s, c]) =>
          `| ${f} | ${c} | ${s.joinsRight}/${s.joinsTotal} | ${s.wrongJoins} | ${s.missedJoins} | ${s.invented} | ${s.duplicated} | ${s.rulesRight}/${s.rulesTotal} |`,
      ),
    ];
    console.log(table.join('\n'));
    expect(rows.length).toBeGreaterThan(0);
  }, 1_800_000);
});
