/**
 * Ctrl+F (⌘F) on a records page goes to the grid's quick search, as it does in WPS and
 * Excel: the browser's own find bar only sees the rows on screen, not the whole ledger.
 */
import { useEffect, type RefObject } from 'react';

/** True while the user is typing in a text field other than the search box (a cell editor). */
function typingElsewhere(target: EventTarget | null, search: HTMLInputElement): boolean {
  if (!(target instanceof HTMLElement) || target === search) return false;
  // A focused cell is made editable only to catch typed text (type-to-edit.ts): it is still a
  // cell, and Ctrl+F there is the search's. Taken for typing, Ctrl+F did nothing and the words
  // meant for the search were typed into the cell and saved.
  if (target.closest('[data-typing-cell]')) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && target.type === 'text';
}

export function useFindKey(search: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const box = search.current;
      if (!box || e.key.toLowerCase() !== 'f' || !(e.ctrlKey || e.metaKey)) return;
      if (e.shiftKey || e.altKey || typingElsewhere(e.target, box)) return;
      e.preventDefault();
      box.focus();
      box.select();
    };
    // Capture: the grid handles keys on its cells before they would bubble to the window.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [search]);
}
