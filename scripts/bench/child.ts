/**
 * Measures one side (operation or baseline) of one row inside this process. The harness
 * runs each side in a fresh child process, so the peak RSS reported belongs to that side
 * alone and one row's garbage or caches cannot slow the next.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { peakRssSinceResetMb, resetPeakRss } from './peak-rss';
import { median } from './stats';
import type { BenchContext, BenchDef, Side, SideResult } from './types';

export interface ChildArgs {
  name: string;
  side: Side;
  scale: number;
  runs: number;
  quick: boolean;
  tmpDir: string;
  seed: number;
}

const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);

export async function measureSide(def: BenchDef<never>, a: ChildArgs): Promise<SideResult> {
  const ctx: BenchContext = {
    scale: a.scale,
    quick: a.quick,
    dir: path.join(a.tmpDir, `${def.name}-${a.side}`),
    fixturesDir: path.join(a.tmpDir, 'fixtures'),
    seed: a.seed,
  };
  mkdirSync(ctx.dir, { recursive: true });
  mkdirSync(ctx.fixturesDir, { recursive: true });
  const state = await def.setup(ctx);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const setupRssMb = mb(process.memoryUsage().rss);
  const phaseMeasured = resetPeakRss();
  const fn = a.side === 'op' ? def.run : def.baseline;
  const samplesMs: number[] = [];
  const warmup = def.warmup ?? 0;
  for (let i = 0; i < warmup + a.runs; i++) {
    await def.beforeEach?.(state, a.side);
    gc?.(); // a collection left over from the last repetition must not land in this one
    const t0 = performance.now();
    await fn.call(def, state);
    const t = performance.now() - t0;
    await def.afterEach?.(state, a.side);
    if (i >= warmup) samplesMs.push(t);
  }
  const runsPeakRssMb = phaseMeasured ? peakRssSinceResetMb() : null;
  await def.teardown?.(state);
  // maxRSS is in kilobytes (Linux, macOS and Windows alike in Node's resourceUsage)
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  return { samplesMs, medianMs: median(samplesMs), peakRssMb, setupRssMb, runsPeakRssMb };
}
