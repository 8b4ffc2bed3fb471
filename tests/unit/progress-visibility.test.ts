/**
 * The foot's progress line shows work that lasts, not work over in an instant: a duplicate
 * check of an empty ledger leaves no 查重完成 behind.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProgressReport } from '../../src/renderer/src/components/progress-label';
import {
  KEEP_DONE_MS,
  progressShower,
  SHOW_AFTER_MS,
} from '../../src/renderer/src/components/progress-visibility';

const step = (done: number, total: number): ProgressReport => ({
  method: 'duplicates/review',
  done,
  total,
});

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('progress line: only work that lasts', () => {
  it('work over at once shows nothing, then or later', () => {
    const shown: (ProgressReport | null)[] = [];
    const s = progressShower((p) => shown.push(p));
    s.report(step(0, 1));
    s.report(step(1, 1));
    vi.advanceTimersByTime(SHOW_AFTER_MS + KEEP_DONE_MS + 100);
    expect(shown).toEqual([]);
  });

  it('work still running after a moment shows, its end stays a moment, then goes', () => {
    const shown: (ProgressReport | null)[] = [];
    const s = progressShower((p) => shown.push(p));
    s.report(step(0, 3));
    vi.advanceTimersByTime(SHOW_AFTER_MS);
    expect(shown).toEqual([step(0, 3)]);
    s.report(step(1, 3));
    s.report(step(3, 3));
    expect(shown.at(-1)).toEqual(step(3, 3));
    vi.advanceTimersByTime(KEEP_DONE_MS);
    expect(shown.at(-1)).toBeNull();
  });

  it('shows the latest report when the moment has passed', () => {
    const shown: (ProgressReport | null)[] = [];
    const s = progressShower((p) => shown.push(p));
    s.report(step(0, 5));
    s.report(step(2, 5));
    vi.advanceTimersByTime(SHOW_AFTER_MS);
    expect(shown).toEqual([step(2, 5)]);
    s.stop();
  });
});
