/**
 * Notices over time at bench scale: a generated series (tests/support/generate/series.ts)
 * — a confirmation, then a progress report and an acceptance result naming the same
 * zones, a quarter of them under the unit's new name — imported later notices first, so
 * every confirmation item must find the zone the later notices already made. The
 * baseline imports the confirmation alone (the same zones, nothing to join), so the ratio
 * is what understanding the later notices costs. A repetition that does not end with one
 * record per real zone fails the row: speed never counts without the joins being right.
 */
import path from 'node:path';
import { importFiles, type ImportFile } from '../../../src/main/app/import/import-notices';
import { openLedger, type Ledger } from '../../../src/main/db/ledger';
import { generateSeries, loadRegionPool } from '../../../tests/support/generate';
import { registerBench } from '../registry';

interface State {
  dir: string;
  later: ImportFile[];
  confirmation: ImportFile;
  zones: number;
  n: number;
  ledger: Ledger | null;
}

async function importAll(ledger: Ledger, files: ImportFile[]): Promise<void> {
  for (const f of files) {
    const o = await importFiles(ledger, [f]);
    if (o.failures.length) throw new Error(`import failed: ${o.failures[0]!.message}`);
  }
}

registerBench<State>({
  name: 'import-series',
  label: 'Notices over time: confirmation after its progress report and acceptance (zones)',
  baselineName: 'import the confirmation alone (nothing to join)',
  target: { minRate: 50, unit: 'zone' },
  quickScale: 24,
  fullScale: 120,
  runs: { quick: 3, full: 3 },
  async setup(ctx) {
    const series = generateSeries({ seed: ctx.seed, zones: ctx.scale }, await loadRegionPool());
    const files = series.notices.map((n) => ({ name: n.name, bytes: n.bytes }));
    return {
      dir: ctx.dir,
      later: [...files].reverse(),
      confirmation: files[0]!,
      zones: series.zones.length,
      n: 0,
      ledger: null,
    };
  },
  async beforeEach(s) {
    s.ledger = await openLedger(path.join(s.dir, `series-${s.n++}.sqlite`));
  },
  async run(s) {
    await importAll(s.ledger!, s.later);
    const { n } = s
      .ledger!.db.prepare(
        `SELECT count(*) AS n FROM records
          WHERE kind = 'zone' AND merged_into IS NULL AND deleted_at IS NULL`,
      )
      .get() as { n: number };
    if (n !== s.zones) throw new Error(`${n} zone records for ${s.zones} real zones`);
  },
  async baseline(s) {
    await importAll(s.ledger!, [s.confirmation]);
  },
  afterEach(s) {
    s.ledger?.close();
  },
});
