/**
 * Answers Ctrl+S in the status line instead of doing nothing (or, in browser mode, opening
 * the browser's "save page" dialog).
 */
import { useEffect } from 'react';
import { isSaveKey, SAVE_KEY_NOTE } from './save-key';
import { announce } from './undo-bus';

export function useSaveKeyNote(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isSaveKey(e)) return;
      e.preventDefault();
      announce({ message: SAVE_KEY_NOTE, tone: 'info', dataChanged: false });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
