/**
 * When the foot shows a progress report. Work that is over before anyone could read a bar
 * (a duplicate check of an empty ledger, a quick read) shows nothing: a bar saying 查重完成
 * that nobody asked for reads as if something had happened. Work still running after a
 * moment shows, and its last words (…完成) stay a moment after it ends — unless the foot's
 * status line has told how that work ended (导入完成：5 份通知写入台账): then the bar's 导入完成
 * beside it would say the same thing twice, and it goes at once. Any other words in the
 * status line (an edit, Ctrl+S's note, 没有可以撤销的操作) leave the bar as it is: they do not
 * tell how the work ended, and its 完成 would otherwise never be seen.
 */
import type { ProgressReport } from './progress-label';

export const SHOW_AFTER_MS = 400;
export const KEEP_DONE_MS = 1500;

export interface ProgressShower {
  report(p: ProgressReport): void;
  /**
   * The status line has just said what the work of `method` (the API method the reports
   * name) did: its finished bar has nothing to add.
   */
  outcomeSaid(method: string): void;
  stop(): void;
}

/** Feeds `show` the report to display (null: none) as reports arrive. */
export function progressShower(show: (p: ProgressReport | null) => void): ProgressShower {
  let shown = false;
  let latest: ProgressReport | null = null;
  let waiting: ReturnType<typeof setTimeout> | null = null;
  let clearing: ReturnType<typeof setTimeout> | null = null;
  // The work whose outcome the status line told after the last running report (the import
  // page's files send their reports one call at a time, and the done report of the last may
  // reach the page after its words); null while none was.
  let said: string | null = null;
  const cancel = (t: ReturnType<typeof setTimeout> | null) => t !== null && clearTimeout(t);
  const hide = () => {
    cancel(clearing);
    clearing = null;
    shown = false;
    show(null);
  };
  return {
    report(p) {
      latest = p;
      cancel(clearing);
      clearing = null;
      const done = p.done >= p.total;
      if (!done) said = null;
      if (done && said === p.method && shown) return hide();
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
    outcomeSaid(method) {
      said = method;
      if (shown && latest?.method === method && latest.done >= latest.total) hide();
    },
    stop() {
      cancel(waiting);
      cancel(clearing);
    },
  };
}
