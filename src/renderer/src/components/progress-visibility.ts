/**
 * When the foot shows a progress report. Work that is over before anyone could read a bar
 * (a duplicate check of an empty ledger, a quick read) shows nothing: a bar saying 查重完成
 * that nobody asked for reads as if something had happened. Work still running after a
 * moment shows, and its last words (…完成) stay a moment after it ends.
 */
import type { ProgressReport } from './progress-label';

export const SHOW_AFTER_MS = 400;
export const KEEP_DONE_MS = 1500;

export interface ProgressShower {
  report(p: ProgressReport): void;
  stop(): void;
}

/** Feeds `show` the report to display (null: none) as reports arrive. */
export function progressShower(show: (p: ProgressReport | null) => void): ProgressShower {
  let shown = false;
  let latest: ProgressReport | null = null;
  let waiting: ReturnType<typeof setTimeout> | null = null;
  let clearing: ReturnType<typeof setTimeout> | null = null;
  const cancel = (t: ReturnType<typeof setTimeout> | null) => t !== null && clearTimeout(t);
  return {
    report(p) {
      latest = p;
      cancel(clearing);
      clearing = null;
      const done = p.done >= p.total;
      if (!shown) {
        if (done) {
          // over before it was worth a bar
          cancel(waiting);
          waiting = null;
        } else
          waiting ??= setTimeout(() => {
            waiting = null;
            shown = true;
            show(latest);
          }, SHOW_AFTER_MS);
        return;
      }
      show(p);
      if (done)
        clearing = setTimeout(() => {
          clearing = null;
          shown = false;
          show(null);
        }, KEEP_DONE_MS);
    },
    stop() {
      cancel(waiting);
      cancel(clearing);
    },
  };
}
