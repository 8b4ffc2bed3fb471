/**
 * A finished bar says …完成 a moment longer, unless the status line beside it has told how
 * the work ended: 导入完成 then showed twice in the foot for a second and a half.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProgressReport } from '../../src/renderer/src/components/progress-label';
import {
  KEEP_DONE_MS,
  progressShower,
  SHOW_AFTER_MS,
} from '../../src/renderer/src/components/progress-visibility';

const file = (done: number): ProgressReport => ({ method: 'import/files', done, total: 1 });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('progress line: the status line told the outcome', () => {
  it('a finished bar goes at once when the status line speaks after it', () => {
    const shown: (ProgressReport | null)[] = [];
    const s = progressShower((p) => shown.push(p));
    s.report(file(0));
    vi.advanceTimersByTime(SHOW_AFTER_MS);
    s.report(file(1));
    expect(shown.at(-1)).toEqual(file(1));
    s.outcomeSaid('import/files');
    expect(shown.at(-1)).toBeNull();
    vi.advanceTimersByTime(KEEP_DONE_MS);
    expect(shown.at(-1)).toBeNull();
  });

  it('a done report arriving after the status line spoke is never shown', () => {
    const shown: (ProgressReport | null)[] = [];
    const s = progressShower((p) => shown.push(p));
    s.report(file(0));
    vi.advanceTimersByTime(SHOW_AFTER_MS);
    s.outcomeSaid('import/files');
    s.report(file(1));
    expect(shown).toEqual([file(0), null]);
  });

  it('words said while the work runs leave its bar, and its end, alone', () => {
    const shown: (ProgressReport | null)[] = [];
    const s = progressShower((p) => shown.push(p));
    s.report({ method: 'import/files', done: 0, total: 3 });
    vi.advanceTimersByTime(SHOW_AFTER_MS);
    s.outcomeSaid('import/files'); // said of an earlier import, say
    expect(shown.at(-1)).toEqual({ method: 'import/files', done: 0, total: 3 });
    s.report({ method: 'import/files', done: 1, total: 3 });
    s.report({ method: 'import/files', done: 3, total: 3 });
    expect(shown.at(-1)).toEqual({ method: 'import/files', done: 3, total: 3 });
    vi.advanceTimersByTime(KEEP_DONE_MS);
    expect(shown.at(-1)).toBeNull();
  });

  it('the outcome of other work leaves a finished bar its moment', () => {
    const shown: (ProgressReport | null)[] = [];
    const s = progressShower((p) => shown.push(p));
    const exported = (done: number): ProgressReport => ({
      method: 'export/create',
      done,
      total: 1,
    });
    s.report(exported(0));
    vi.advanceTimersByTime(SHOW_AFTER_MS);
    s.report(exported(1));
    s.outcomeSaid('import/files');
    expect(shown.at(-1)).toEqual(exported(1));
    vi.advanceTimersByTime(KEEP_DONE_MS);
    expect(shown.at(-1)).toBeNull();
  });

  it('a done report after the outcome of other work was said is shown', () => {
    const shown: (ProgressReport | null)[] = [];
    const s = progressShower((p) => shown.push(p));
    const exported = (done: number): ProgressReport => ({
      method: 'export/create',
      done,
      total: 1,
    });
    s.report(exported(0));
    vi.advanceTimersByTime(SHOW_AFTER_MS);
    s.outcomeSaid('import/files');
    s.report(exported(1));
    expect(shown.at(-1)).toEqual(exported(1));
  });
});
