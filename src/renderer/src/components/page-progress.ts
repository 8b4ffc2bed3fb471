/**
 * Work a page counts itself, told at the foot in the page's own words. The import page
 * analyses, re-analyses and commits a batch of files one call (or a few) at a time: the
 * backend's report of each call is of that call alone, so the foot said 分析完成 between two
 * calls while the page's header said 正在重新分析 2/3, or 正在分析 after the header had
 * finished. While a page tells its batch, the backend's reports of that method are not shown
 * (claimed); the foot shows the page's report instead — its words while it runs, …完成 once.
 */
import type { ProgressReport } from './progress-label';

/** A page's progress as its header shows it: 正在重新分析 2/3：第二份.txt. */
export interface PageProgress {
  /** 正在分析, 正在重新分析, 正在导入. */
  verb: string;
  /** Files finished. */
  done: number;
  total: number;
  current: string;
}

/** The header's words for `p` (the file under way counted with those done). */
export const pageProgressText = (p: PageProgress): string =>
  `${p.verb} ${p.done + 1}/${p.total}：${p.current}`;

type Listener = (p: ProgressReport) => void;
const listeners = new Set<Listener>();
const claimed = new Map<string, number>();

/** Whether a page is telling the progress of `method` itself (its backend reports not shown). */
export const isClaimed = (method: string): boolean => (claimed.get(method) ?? 0) > 0;

/** Hears the pages' reports (the foot). */
export function onPageReport(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * A teller for a page's batches of `method`: called with each step's progress, then null
 * when the batch ends. The foot shows the same words as the page while it runs and
 * (verb)完成 when it ends; the backend's reports of the method are left out meanwhile.
 */
export function pageProgressTeller(method: string): (p: PageProgress | null) => void {
  let last: PageProgress | null = null;
  const emit = (r: ProgressReport) => listeners.forEach((l) => l(r));
  return (p) => {
    if (p) {
      if (!last) claimed.set(method, (claimed.get(method) ?? 0) + 1);
      last = p;
      const work = p.verb.replace(/^正在/, '');
      emit({
        method,
        done: p.done,
        total: p.total,
        item: p.current,
        work,
        said: pageProgressText(p),
      });
      return;
    }
    if (!last) return;
    const { total, verb } = last;
    last = null;
    claimed.set(method, (claimed.get(method) ?? 1) - 1);
    emit({ method, done: total, total, work: verb.replace(/^正在/, '') });
  };
}
