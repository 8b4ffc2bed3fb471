/**
 * Progress of the backend's long work (import, duplicate check, export, backup), from the
 * desktop's IPC channel or browser mode's event stream: the latest report of work that
 * lasts (progress-visibility.ts), cleared a moment after the work is done.
 */
import { useEffect, useState } from 'react';
import type { ProgressReport } from './progress-label';
import { progressShower } from './progress-visibility';
import { onLedgerChange } from './undo-bus';
import { isClaimed, onPageReport } from './page-progress';

declare global {
  interface Window {
    progress?: { subscribe(listener: (p: unknown) => void): () => void };
  }
}

function isReport(v: unknown): v is ProgressReport {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return typeof r.method === 'string' && typeof r.done === 'number' && typeof r.total === 'number';
}

/** Hears the backend's progress reports (the import page counts a call's files by them). */
export function subscribe(listener: (p: ProgressReport) => void): () => void {
  const relay = (v: unknown) => isReport(v) && listener(v);
  if (window.progress) return window.progress.subscribe(relay);
  if (typeof EventSource === 'undefined') return () => {};
  const source = new EventSource('/events');
  source.onmessage = (e: MessageEvent<string>) => relay(JSON.parse(e.data));
  return () => source.close();
}

export function useProgress(): ProgressReport | null {
  const [report, setReport] = useState<ProgressReport | null>(null);
  useEffect(() => {
    const shower = progressShower(setReport);
    // A batch the page counts itself is told by the page (page-progress.ts): the backend's
    // report of one of its calls would contradict the page's count.
    const stop = subscribe((p) => !isClaimed(p.method) && shower.report(p));
    const told = onPageReport((p) => shower.report(p));
    // What the status line says of a finished work is its outcome: the bar's …完成 goes. Only
    // words that tell a work's outcome do; any other status line leaves the bar alone.
    const unsay = onLedgerChange((c) => c.outcomeOf && shower.outcomeSaid(c.outcomeOf));
    return () => {
      stop();
      told();
      unsay();
      shower.stop();
    };
  }, []);
  return report;
}
