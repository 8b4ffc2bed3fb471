/**
 * What a benchmark row is. Each file in ./ops registers one or more rows with
 * registerBench(); the harness runs the operation and its baseline the same way every time.
 */

/** A target is a floor on throughput or a ceiling on latency, so pass/fail is mechanical. */
export type Target =
  | { minRate: number; unit: string } // items per second, e.g. 20_000 'rec'
  | { maxMs: number };

export type Side = 'op' | 'baseline';

export interface BenchContext {
  /** items per repetition (records, strings…): quickScale or fullScale */
  scale: number;
  quick: boolean;
  /** this row's own scratch folder inside the run's temp dir */
  dir: string;
  /** shared across rows of one run (e.g. a 100k-record ledger built once) */
  fixturesDir: string;
  seed: number;
}

export interface BenchDef<S = unknown> {
  /** stable id, also used with --only */
  name: string;
  /** what the row measures, for people */
  label: string;
  /** what the baseline is; rows with the same baselineName and scale share one measurement */
  baselineName: string;
  target: Target;
  quickScale: number;
  fullScale: number;
  /** timed repetitions; defaults 5 quick, 3 full */
  runs?: { quick: number; full: number };
  /** untimed repetitions first (warm caches, JIT) */
  warmup?: number;
  /** null when the row can run; otherwise why it is skipped (e.g. an API not there yet) */
  unavailable?: () => Promise<string | null>;
  setup(ctx: BenchContext): Promise<S> | S;
  /** untimed, before each repetition (a fresh file for a write, …) */
  beforeEach?(state: S, side: Side): Promise<void> | void;
  run(state: S): Promise<unknown> | unknown;
  baseline(state: S): Promise<unknown> | unknown;
  /** untimed, after each repetition (close what run opened) */
  afterEach?(state: S, side: Side): Promise<void> | void;
  teardown?(state: S): Promise<void> | void;
}

/** One side of one row, measured in its own process. */
export interface SideResult {
  samplesMs: number[];
  medianMs: number;
  /** process peak resident set, setup included (MB) */
  peakRssMb: number;
  /** resident set after setup, before the first repetition (MB) */
  setupRssMb: number;
  /**
   * peak resident set of the repetitions alone (MB): setup's own peak left out, its data
   * still resident; null where the platform cannot reset the peak (not Linux)
   */
  runsPeakRssMb: number | null;
}

export interface RowResult {
  name: string;
  label: string;
  baselineName: string;
  scale: number;
  target: Target;
  targetText: string;
  skipped: string | null;
  op: SideResult | null;
  baseline: SideResult | null;
  /** items/s for rate targets, else null */
  rate: number | null;
  baselineRate: number | null;
  pass: boolean | null;
  /** baseline time ÷ op time: >1 the operation is faster than its baseline, <1 slower */
  speedVsBaseline: number | null;
}
