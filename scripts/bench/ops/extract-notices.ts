/**
 * Extraction per notice: the bench's generated 30-item notices (rotating layouts and
 * encodings, as `import-notices` renders them) through `prepareImport` in this thread — read,
 * extract, resolve regions, draft — with no ledger: what the import worker does for each file
 * before the main thread stores it. Each notice gets a region lookup of its own (an import of
 * one file), and every repetition reads notices it has not seen before (the gazetteer's
 * process-wide caches keep what earlier ones asked, as a long-running app's do, but no answer
 * to the same notice is reused). The baseline only reads the same files (decoding to the text
 * extraction starts from), so the ratio is what extracting costs on top of reading.
 */
import {
  createRng,
  encodeNotice,
  generateLedger,
  loadRegionPool,
  makeNoticeMeta,
  NOTICE_ENCODINGS,
  NOTICE_LAYOUTS,
  renderNotice,
} from '../../../tests/support/generate';
import { gazetteerRegionLookup } from '../../../src/main/core/import/extract';
import { prepareImport } from '../../../src/main/core/import/prepare-import';
import { readNotice } from '../../../src/main/core/import/readers';
import { registerBench } from '../registry';

const PER_NOTICE = 30;
const WARMUP = 1;
const RUNS = { quick: 5, full: 3 };

interface NoticeFile {
  name: string;
  bytes: Uint8Array;
}

interface State {
  /** one set of notices a repetition (warm-up first), none read twice */
  sets: NoticeFile[][];
  next: number;
  current: NoticeFile[];
}

registerBench<State>({
  name: 'extract-notices',
  label: `Extraction per notice (prepareImport, ${PER_NOTICE} items each, no ledger)`,
  baselineName: 'read the same files (decode to text)',
  target: { minRate: 200, unit: 'notice' },
  quickScale: 100,
  fullScale: 300,
  runs: RUNS,
  warmup: WARMUP,
  async setup(ctx) {
    const sets = WARMUP + (ctx.quick ? RUNS.quick : RUNS.full);
    const g = generateLedger(
      { seed: ctx.seed, size: sets * ctx.scale * PER_NOTICE },
      await loadRegionPool(),
    );
    const rng = createRng(ctx.seed);
    const files = Array.from({ length: sets * ctx.scale }, (_, i): NoticeFile => {
      const records = g.records.slice(i * PER_NOTICE, (i + 1) * PER_NOTICE);
      const layout = NOTICE_LAYOUTS[i % NOTICE_LAYOUTS.length]!;
      const encoding = NOTICE_ENCODINGS[i % NOTICE_ENCODINGS.length]!;
      const notice = renderNotice(records, makeNoticeMeta(rng, records[0]!), layout);
      return {
        name: `notice-${i}.txt`,
        bytes: new Uint8Array(encodeNotice(notice.text, encoding)),
      };
    });
    return {
      sets: Array.from({ length: sets }, (_, k) => files.slice(k * ctx.scale, (k + 1) * ctx.scale)),
      next: 0,
      current: [],
    };
  },
  beforeEach(s) {
    s.current = s.sets[s.next++ % s.sets.length]!;
  },
  async run(s) {
    for (const f of s.current)
      await prepareImport({ ...f, sha256: '' }, { regions: gazetteerRegionLookup() });
  },
  async baseline(s) {
    for (const f of s.current) await readNotice(f.name, f.bytes);
  },
});
