/**
 * A guard against runaway work (a regex that backtracks, a loop over a hostile input), not a
 * speed test: the bound is RUNAWAY_FACTOR times what the work normally takes on a quiet
 * machine, so only a runaway trips it when CI shares a busy machine. How fast things are is
 * measured by `npm run bench`, never by `npm test`.
 */
import { expect } from 'vitest';

/** At least 20×: a busy 2-core machine slows work 2–4×, a runaway by orders of magnitude. */
export const RUNAWAY_FACTOR = 20;

/** Runs `work` and fails if it took more than RUNAWAY_FACTOR × `typicalMs`. */
export async function expectNoRunaway<T>(
  typicalMs: number,
  work: () => T | Promise<T>,
): Promise<T> {
  const started = performance.now();
  const value = await work();
  const elapsed = performance.now() - started;
  expect(elapsed, `took ${elapsed.toFixed(0)} ms, normally ~${typicalMs} ms`).toBeLessThan(
    typicalMs * RUNAWAY_FACTOR,
  );
  return value;
}

/** The synchronous form, for property tests that run a check hundreds of times. */
export function expectNoRunawaySync<T>(typicalMs: number, work: () => T): T {
  const started = performance.now();
  const value = work();
  const elapsed = performance.now() - started;
  expect(elapsed, `took ${elapsed.toFixed(0)} ms, normally ~${typicalMs} ms`).toBeLessThan(
    typicalMs * RUNAWAY_FACTOR,
  );
  return value;
}
