/**
 * Progress of a long CLI command on one terminal line, rewritten in place: a batch of a few
 * hundred notices took minutes and printed nothing until the end, so a clerk could not tell
 * a slow import from a hung one. Only for a terminal (the caller checks isTTY): a log file
 * or a script reading stderr gets no carriage-return noise.
 */
import type { Progress } from '../app/progress';

export interface ProgressLine {
  report: (p: Progress) => void;
  /** Clears the line so what is printed next starts at the margin. */
  end: () => void;
}

/** Longest file name shown; the count matters more than the tail of a long name. */
const NAME_CHARS = 40;

export function progressText(p: Progress, work = '处理'): string {
  const name = p.item ?? '';
  const shown = name.length > NAME_CHARS ? `${name.slice(0, NAME_CHARS - 1)}…` : name;
  const verb = p.work ?? work;
  if (p.done >= p.total) return `${verb}完成 ${p.total}/${p.total}`;
  return `正在${verb}：已完成 ${p.done}/${p.total}${shown ? `（${shown}）` : ''}`;
}

export function progressLine(write: (s: string) => void, work?: string): ProgressLine {
  let shown = false;
  return {
    report: (p) => {
      // \x1b[2K erases the previous, possibly longer, text before the new one is written.
      write(`\r\x1b[2K${progressText(p, work)}`);
      shown = true;
    },
    end: () => {
      if (shown) write('\r\x1b[2K');
      shown = false;
    },
  };
}
