/**
 * Progress of long work (import, duplicate check, export, backup), reported as it goes so
 * the window can show it. The backend's child process forwards each report to the window
 * as an event (see src/main/backend); in-process callers may pass their own listener.
 */
export interface Progress {
  /** Steps finished so far, of `total`. */
  done: number;
  total: number;
  /** What is being worked on (a file name, a phase), for people. */
  item?: string;
  /** The work's name for people when the method's own would mislead (a dry-run import is 分析). */
  work?: string;
}

export type ProgressListener = (p: Progress) => void;
