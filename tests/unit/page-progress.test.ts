/**
 * A batch the import page counts itself is told at the foot in the page's words: while it runs
 * the backend's report of one call (分析完成 between two files) is not shown, and the foot ends
 * with the batch, not with a call.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProgressReport } from '../../src/renderer/src/components/progress-label';
import { progressLabel } from '../../src/renderer/src/components/progress-label';
import {
  isClaimed,
  onPageReport,
  pageProgressTeller,
} from '../../src/renderer/src/components/page-progress';
import {
  progressShower,
  SHOW_AFTER_MS,
} from '../../src/renderer/src/components/progress-visibility';

let heard: ProgressReport[] = [];
let stop: () => void = () => {};
beforeEach(() => {
  heard = [];
  stop = onPageReport((p) => heard.push(p));
});
afterEach(() => stop());

describe('a page’s batch at the foot', () => {
  it('says the header’s words while it runs, then (verb)完成, and claims the method meanwhile', () => {
    const tell = pageProgressTeller('import/files');
    expect(isClaimed('import/files')).toBe(false);
    tell({ verb: '正在重新分析', done: 1, total: 3, current: '第二份.txt' });
    expect(isClaimed('import/files')).toBe(true);
    expect(heard.map(progressLabel)).toEqual(['正在重新分析 2/3：第二份.txt']);
    tell({ verb: '正在重新分析', done: 2, total: 3, current: '第三份.txt' });
    tell(null);
    expect(heard.map(progressLabel)).toEqual([
      '正在重新分析 2/3：第二份.txt',
      '正在重新分析 3/3：第三份.txt',
      '重新分析完成',
    ]);
    expect(isClaimed('import/files')).toBe(false);
    // an end told twice says nothing more
    tell(null);
    expect(heard).toHaveLength(3);
  });

  it('leaves other methods to the backend', () => {
    const tell = pageProgressTeller('import/files');
    tell({ verb: '正在分析', done: 0, total: 2, current: 'a.txt' });
    expect(isClaimed('export/create')).toBe(false);
    tell(null);
  });
});

describe('the foot while a page tells its batch', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows the page’s words, not the call’s 分析完成, until the batch ends', () => {
    const shown: (string | null)[] = [];
    const shower = progressShower((p) => shown.push(p && progressLabel(p)));
    // as use-progress.ts wires it: a claimed method's backend reports are dropped
    const fromBackend = (p: ProgressReport) => !isClaimed(p.method) && shower.report(p);
    const told = onPageReport((p) => shower.report(p));
    const tell = pageProgressTeller('import/files');
    tell({ verb: '正在分析', done: 0, total: 2, current: 'a.txt' });
    fromBackend({ method: 'import/files', done: 0, total: 1, work: '分析' });
    vi.advanceTimersByTime(SHOW_AFTER_MS);
    fromBackend({ method: 'import/files', done: 1, total: 1, work: '分析' });
    tell({ verb: '正在分析', done: 1, total: 2, current: 'b.txt' });
    expect(shown).toEqual(['正在分析 1/2：a.txt', '正在分析 2/2：b.txt']);
    tell(null);
    expect(shown.at(-1)).toBe('分析完成');
    told();
  });
});
