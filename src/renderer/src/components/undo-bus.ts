/**
 * One place for "the ledger changed": undo/redo (keyboard or toolbar) and edits announce
 * here; the status line shows the message and open grids refresh. Undo/redo is global
 * (the operation log is the ledger's, not a page's), so it lives outside any one page.
 */
import { api } from '../api';

export interface LedgerChange {
  message: string;
  tone: 'info' | 'error';
  /** True when rows may have changed (grids refresh). */
  dataChanged: boolean;
}

const bus = new EventTarget();

export function announce(change: LedgerChange): void {
  bus.dispatchEvent(new CustomEvent<LedgerChange>('change', { detail: change }));
}

export function onLedgerChange(cb: (c: LedgerChange) => void): () => void {
  const listener = (e: Event) => cb((e as CustomEvent<LedgerChange>).detail);
  bus.addEventListener('change', listener);
  return () => bus.removeEventListener('change', listener);
}

let busy = false;
async function step(
  method: 'history/undo' | 'history/redo',
  done: string,
  none: string,
): Promise<void> {
  if (busy) return; // a held-down Ctrl+Z must not race itself
  busy = true;
  try {
    const r = await api.call(method, {});
    if (!r.ok) announce({ message: r.error.message, tone: 'error', dataChanged: false });
    else if (r.value === null) announce({ message: none, tone: 'info', dataChanged: false });
    else announce({ message: `${done}：${r.value.summary}`, tone: 'info', dataChanged: true });
  } finally {
    busy = false;
  }
}

export const undo = () => step('history/undo', '已撤销', '没有可以撤销的操作');
export const redo = () => step('history/redo', '已重做', '没有可以重做的操作');

/** Text fields keep their own Ctrl+Z (typing undo); everywhere else it is the ledger's. */
export function isTextTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z (⌘ on a Mac keyboard too). */
export function undoKey(e: KeyboardEvent): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const k = e.key.toLowerCase();
  if (k === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (k === 'y' && !e.shiftKey) return 'redo';
  return null;
}
