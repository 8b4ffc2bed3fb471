/**
 * Ctrl+S, the spreadsheet clerk's reflex after every edit. The ledger has nothing to save
 * (each change is written when it is confirmed), so the key is answered with a note.
 */
export const SAVE_KEY_NOTE = '不必另存：台账里每一处修改一经确认即已保存（Ctrl+Z 可撤销）';

/** The parts of a key press read here (a KeyboardEvent has them; unit tests build them). */
interface KeyPress {
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  key: string;
}

/** Ctrl+S (⌘S on a Mac keyboard), without Alt or Shift. */
export function isSaveKey(e: KeyPress): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 's';
}
