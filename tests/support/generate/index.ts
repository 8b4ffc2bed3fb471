/**
 * Synthetic data for tests and benchmarks: ledgers with labelled duplicates, and notices
 * rendered from them. See README.md beside this file for how dedupe tests use the labels.
 */
export { createRng, mulberry32, type Rng } from './prng';
export {
  fallbackPool,
  loadRegionPool,
  type PoolCounty,
  type PoolPlace,
  type PoolTown,
  type RegionPool,
} from './regions';
export { DUPLICATE_HOWS, swapWidth, regionTextOf, type DuplicateHow } from './variants';
export {
  NON_DUPLICATE_HOWS,
  generateLedger,
  type GenerateOptions,
  type GeneratedLedger,
  type GeneratedRecord,
  type LabelledPair,
  type NonDuplicateHow,
  type Pair,
} from './ledger';
export {
  NOTICE_ENCODINGS,
  NOTICE_LAYOUTS,
  chineseNumber,
  encodeNotice,
  makeNoticeMeta,
  renderNotice,
  type GeneratedNotice,
  type NoticeEncoding,
  type NoticeItem,
  type NoticeLayout,
  type NoticeMeta,
} from './notices';
export { toImportBatches, type ImportBatch } from './drafts';

/** The sizes the benchmark and the dedupe tests use. */
export const LEDGER_SIZES = { small: 1_000, medium: 10_000, large: 100_000 } as const;
export { generateSeries, type GeneratedSeries, type SeriesNotice, type SeriesZone } from './series';
