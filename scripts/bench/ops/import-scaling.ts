/**
 * Import as the ledger grows: the same generated notices (30 items each) imported end to
 * end into ledgers of 1k, 10k and 100k records (built once per run through the real write
 * path, their deadlines planned as the app's imports plan them, copied fresh for each
 * repetition). The baseline is the same import into the 1k ledger, so "speed vs baseline"
 * reads directly as how much a notice slows down with the ledger's size (the goal: no worse
 * than 1/1.5 at 100k).
 *
 * Two sets of notices. `import-same-work-at-*` (the scaling row): a third of each notice's
 * items are records every ledger holds and the rest units none holds, so each ledger joins
 * and creates the same records and only its size differs (same-work-notices.ts).
 * `import-drawn-at-*` (called import-at-* until 2026-12-06): items drawn from the gazetteer
 * as the ledgers' are, so a bigger ledger already holds more of them — at 100k a third join,
 * at 1k one in thirty — and also asks more work of the import.
 */
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { importFiles, type ImportFile } from '../../../src/main/app/import/import-notices';
import { openLedger, type Ledger } from '../../../src/main/db/ledger';
import {
  createRng,
  encodeNotice,
  generateLedger,
  loadRegionPool,
  makeNoticeMeta,
  NOTICE_LAYOUTS,
  renderNotice,
} from '../../../tests/support/generate';
import { plannedLedgerFile } from '../fixtures';
import { sameWorkNotices } from '../same-work-notices';
import { registerBench } from '../registry';
import type { BenchContext } from '../types';

const PER_NOTICE = 30;

interface State {
  dir: string;
  files: ImportFile[];
  /** the fixture for the operation (this row's size) and for the baseline (1k) */
  source: { op: string; baseline: string };
  n: number;
  ledger: Ledger | null;
}

async function drawnFiles(ctx: BenchContext): Promise<ImportFile[]> {
  // Another seed than the ledgers': new records, some near the ledger's places and themes.
  const g = generateLedger(
    { seed: ctx.seed + 1, size: ctx.scale * PER_NOTICE },
    await loadRegionPool(),
  );
  const rng = createRng(ctx.seed + 1);
  return Array.from({ length: ctx.scale }, (_, i) => {
    const records = g.records.slice(i * PER_NOTICE, (i + 1) * PER_NOTICE);
    const notice = renderNotice(
      records,
      makeNoticeMeta(rng, records[0]!),
      NOTICE_LAYOUTS[i % NOTICE_LAYOUTS.length]!,
    );
    return { name: `scaling-${i}.txt`, bytes: new Uint8Array(encodeNotice(notice.text, 'utf-8')) };
  });
}

const SIZES = [
  ['1k', 1_000],
  ['10k', 10_000],
  ['100k', 100_000],
] as const;

/** A third of the items held by every ledger: the share the drawn notices join at 100k. */
const HELD_PER_NOTICE = 10;

async function sameWorkFiles(ctx: BenchContext): Promise<ImportFile[]> {
  const pool = await loadRegionPool();
  const notices = sameWorkNotices({
    count: ctx.scale,
    perNotice: PER_NOTICE,
    heldPerNotice: HELD_PER_NOTICE,
    held: generateLedger({ seed: ctx.seed, size: SIZES[0][1] }, pool).records,
    biggest: generateLedger({ seed: ctx.seed, size: SIZES[SIZES.length - 1]![1] }, pool).records,
    // plenty of every programme's units to choose from, none of the ledgers'
    fresh: generateLedger({ seed: ctx.seed + 1, size: 20 * ctx.scale * PER_NOTICE }, pool).records,
    rng: createRng(ctx.seed + 1),
  });
  return notices.map((n, i) => ({
    name: `same-work-${i}.txt`,
    bytes: new Uint8Array(encodeNotice(n.text, 'utf-8')),
  }));
}

const open = async (s: State, from: string) => {
  const file = path.join(s.dir, `scaling-${s.n++}.sqlite`);
  copyFileSync(from, file);
  s.ledger = await openLedger(file);
};

const importAll = async (s: State) => {
  const o = await importFiles(s.ledger!, s.files);
  if (o.failures.length) throw new Error(`import failed: ${o.failures[0]!.message}`);
};

for (const [rows, files, what] of [
  ['import-same-work-at', sameWorkFiles, `a third held by every ledger`],
  ['import-drawn-at', drawnFiles, 'drawn as the ledgers are: more held by a bigger one'],
] as const) {
  for (const [label, size] of SIZES) {
    registerBench<State>({
      name: `${rows}-${label}`,
      label: `Import per notice into a ${label}-record ledger (importFiles, ${PER_NOTICE} items each, ${what})`,
      baselineName: `the same notices into a 1k-record ledger (${rows})`,
      target: { minRate: 200, unit: 'notice' },
      quickScale: 10,
      fullScale: 20,
      runs: { quick: 3, full: 3 },
      async setup(ctx) {
        return {
          dir: ctx.dir,
          files: await files(ctx),
          source: {
            op: await plannedLedgerFile(ctx, size),
            baseline: await plannedLedgerFile(ctx, 1_000),
          },
          n: 0,
          ledger: null,
        };
      },
      async beforeEach(s, side) {
        await open(s, side === 'op' ? s.source.op : s.source.baseline);
      },
      run: importAll,
      baseline: importAll,
      afterEach(s) {
        s.ledger?.close();
        s.ledger = null;
      },
    });
  }
}
