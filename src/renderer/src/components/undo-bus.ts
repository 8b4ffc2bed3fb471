/**
 * One place for "the ledger changed": undo/redo (keyboard or toolbar) and edits announce
 * here; the status line shows the message and open grids refresh. Undo/redo is global
 * (the operation log is the ledger's, not a page's), so it lives outside any one page.
 */
import type { HistoryStep, OperationSummary } from '../../../shared/operations';
import { api } from '../api';
import { askConfirm } from './confirm';
import { consequence, undoToConsequence } from './undo-consequence';

export interface LedgerChange {
  message: string;
  tone: 'info' | 'error';
  /** True when rows may have changed (grids refresh). */
  dataChanged: boolean;
  /**
   * The API method whose long work this message tells the outcome of (导入完成 of
   * 'import/files'): the foot's finished bar for that work has nothing to add and goes.
   */
  outcomeOf?: string;
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

/** Asks first when the step takes back a lot; true when it may go ahead. */
export async function mayTake(step: HistoryStep, verb: '撤销' | '重做'): Promise<boolean> {
  if (!step.confirm) return true;
  return askConfirm({
    title: `${step.label}？`,
    message: consequence(step, verb),
    confirmLabel: verb,
  });
}

async function step(which: 'undo' | 'redo'): Promise<void> {
  if (busy) return; // a held-down Ctrl+Z must not race itself
  busy = true;
  const verb = which === 'undo' ? '撤销' : '重做';
  try {
    const peek = await api.call('history/peek', {});
    if (!peek.ok)
      return announce({ message: peek.error.message, tone: 'error', dataChanged: false });
    const next = peek.value[which];
    if (!next)
      return announce({ message: `没有可以${verb}的操作`, tone: 'info', dataChanged: false });
    if (!(await mayTake(next, verb))) return;
    const r = await api.call(which === 'undo' ? 'history/undo' : 'history/redo', {
      opId: next.op.opId,
    });
    if (!r.ok) announce({ message: r.error.message, tone: 'error', dataChanged: false });
    else if (r.value === null)
      announce({ message: `没有可以${verb}的操作`, tone: 'info', dataChanged: false });
    else announce({ message: `已${verb}：${r.value.summary}`, tone: 'info', dataChanged: true });
  } finally {
    busy = false;
  }
}

export const undo = () => step('undo');
export const redo = () => step('redo');

/**
 * Undoes everything from the newest operation back to this one (the history page), after
 * asking; `taken` are those operations, newest first, this one last.
 */
export async function undoBackTo(
  op: OperationSummary,
  taken: readonly OperationSummary[],
): Promise<void> {
  const yes = await askConfirm({
    title: `撤销到「${op.summary}」之前？`,
    message: undoToConsequence(taken),
    confirmLabel: '撤销',
  });
  if (!yes) return;
  const r = await api.call('history/undoTo', { opId: op.opId });
  if (!r.ok) announce({ message: r.error.message, tone: 'error', dataChanged: false });
  else if (r.value)
    announce({
      message: `已撤销 ${r.value.steps} 项操作，回到「${op.summary}」之前`,
      tone: 'info',
      dataChanged: true,
    });
}

/** Text fields keep their own Ctrl+Z (typing undo); everywhere else it is the ledger's. */
export function isTextTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  // A grid cell is made editable only to catch typed text: it is still a cell.
  if (target.closest('[data-typing-cell]')) return false;
  // A tick box or radio button holds no text: Ctrl+C, Ctrl+Z there are the page's (a row
  // just ticked in the grid is copied).
  if (target instanceof HTMLInputElement && ['checkbox', 'radio'].includes(target.type))
    return false;
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
