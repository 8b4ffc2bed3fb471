/**
 * Work a page holds and has not stored yet (the import page's previews, with the reviewer's
 * corrections in them) is not dropped by a click on another page: the page registers what
 * it would lose, and the shell asks before leaving it (App.tsx).
 */
let guard: (() => string | null) | null = null;

/** The page's question while it holds unstored work (null: nothing to lose). */
export function setLeaveGuard(next: (() => string | null) | null): void {
  guard = next;
}

/** What leaving the current page now would lose, in words for the question; null if nothing. */
export function leaveWarning(): string | null {
  return guard?.() ?? null;
}
