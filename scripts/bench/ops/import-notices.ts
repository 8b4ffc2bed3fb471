/**
 * Import end to end: generated notices (30 items each, rotating layouts and encodings) as
 * files through importFiles — read, decode, extract, resolve regions, store — as the doors
 * run it: the files are read and extracted by the import worker thread (warmed up before
 * the clock starts, as the doors warm it at start-up), a few ahead of the main thread,
 * which writes them several to a transaction. The baseline stores the same notices'
 * records directly (writeImport of prepared drafts), so the ratio is what reading a
 * notice costs on top.
 */
import path from 'node:path';
import { importFiles, type ImportFile } from '../../../src/main/app/import/import-notices';
import { ImportWorker } from '../../../src/main/app/import/import-worker';
import { openLedger, type Ledger } from '../../../src/main/db/ledger';
import { writeImport } from '../../../src/main/db/write/import-rows';
import {
  createRng,
  encodeNotice,
  makeNoticeMeta,
  NOTICE_ENCODINGS,
  NOTICE_LAYOUTS,
  renderNotice,
  toImportBatches,
  type ImportBatch,
} from '../../../tests/support/generate';
import { generated } from '../fixtures';
import { registerBench } from '../registry';

const PER_NOTICE = 30;

interface State {
  dir: string;
  files: ImportFile[];
  batches: ImportBatch[];
  n: number;
  ledger: Ledger | null;
  /** The op side's import worker, started and warmed before its first repetition. */
  worker: ImportWorker | null;
}

registerBench<State>({
  name: 'import-notices',
  label: `Import notices end to end (importFiles, ${PER_NOTICE} items each)`,
  baselineName: 'store the same records (writeImport of prepared drafts)',
  target: { minRate: 200, unit: 'notice' },
  quickScale: 100,
  fullScale: 1_000,
  runs: { quick: 3, full: 3 },
  async setup(ctx) {
    const ledger = await generated(ctx, ctx.scale * PER_NOTICE);
    const rng = createRng(ctx.seed);
    const files: ImportFile[] = [];
    for (let i = 0; i < ctx.scale; i++) {
      const records = ledger.records.slice(i * PER_NOTICE, (i + 1) * PER_NOTICE);
      const layout = NOTICE_LAYOUTS[i % NOTICE_LAYOUTS.length]!;
      const encoding = NOTICE_ENCODINGS[i % NOTICE_ENCODINGS.length]!;
      const notice = renderNotice(records, makeNoticeMeta(rng, records[0]!), layout);
      files.push({
        name: `notice-${i}.txt`,
        bytes: new Uint8Array(encodeNotice(notice.text, encoding)),
      });
    }
    const batches = toImportBatches(ledger.records, { seed: ctx.seed, perNotice: PER_NOTICE });
    return { dir: ctx.dir, files, batches, n: 0, ledger: null, worker: null };
  },
  async beforeEach(s, side) {
    if (side === 'op' && !s.worker) {
      s.worker = new ImportWorker();
      await s.worker.warm();
    }
    s.ledger = await openLedger(path.join(s.dir, `import-${s.n++}.sqlite`));
  },
  async run(s) {
    const o = await importFiles(s.ledger!, s.files, { prepare: s.worker!.prepare });
    if (o.failures.length) throw new Error(`import failed: ${o.failures[0]!.message}`);
  },
  baseline(s) {
    for (const b of s.batches) writeImport(s.ledger!.db, b.notice, b.records);
  },
  afterEach(s) {
    s.ledger?.close();
  },
  async teardown(s) {
    await s.worker?.close();
  },
});
