/**
 * Where the keyboard's focus goes once a commit is done. The 确认导入 button that had it is
 * gone with the previews it wrote, and the focus left on the page's body made the clerk reach
 * for the mouse. It goes to the next step: 新增 N in the summary (the grid of the new
 * records), else the first file that could not be imported (its card says why), else the drop
 * zone (the next batch). Only a focus that is nowhere is moved: a clerk who went on to type
 * elsewhere during a long commit keeps their place.
 */
import { useCallback, useEffect, useState } from 'react';

const NEXT_STEP = [
  '[data-testid="commit-summary"] a',
  '[data-testid="failed-files"] button',
  '.drop-zone',
];

const focusIsNowhere = () =>
  document.activeElement === null || document.activeElement === document.body;

/** A function asking for the focus to go to the next step after the render it causes. */
export function useNextStepFocus(): () => void {
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    if (asked === 0 || !focusIsNowhere()) return;
    for (const selector of NEXT_STEP) {
      const next = document.querySelector<HTMLElement>(selector);
      if (next) return next.focus();
    }
  }, [asked]);
  return useCallback(() => setAsked((n) => n + 1), []);
}
