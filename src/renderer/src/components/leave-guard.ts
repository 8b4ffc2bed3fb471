/**
 * Work a page holds and has not stored yet (the import page's previews, with the reviewer's
 * corrections in them) is not dropped by a click on another page, nor by closing or
 * reloading the window: the page says what it would lose, and the shell asks before
 * leaving it (App.tsx). Closing or reloading asks through `beforeunload` (a browser shows
 * its own question; the desktop window asks in desktop-app.ts), and
 * only while something waits: once nothing would be lost, no listener is left.
 */

/** What leaving would lose: the question's title and its words. */
export interface LeaveWarning {
  title: string;
  message: string;
}

let guard: (() => LeaveWarning | null) | null = null;
let listening = false;

const onBeforeUnload = (e: BeforeUnloadEvent) => {
  if (!leaveWarning()) return;
  e.preventDefault();
  // older browsers ask only when a value is returned
  e.returnValue = '';
};

/** Listens for closing and reloading exactly while the page would lose something. */
export function syncUnloadGuard(): void {
  const wanted = leaveWarning() !== null;
  if (wanted === listening) return;
  listening = wanted;
  if (wanted) window.addEventListener('beforeunload', onBeforeUnload);
  else window.removeEventListener('beforeunload', onBeforeUnload);
}

/**
 * The page's question while it holds unstored work (null: nothing to lose). The page calls
 * `syncUnloadGuard` again whenever what it holds changes.
 */
export function setLeaveGuard(next: (() => LeaveWarning | null) | null): void {
  guard = next;
  syncUnloadGuard();
}

/** What leaving the current page now would lose, for the question; null if nothing. */
export function leaveWarning(): LeaveWarning | null {
  return guard?.() ?? null;
}
