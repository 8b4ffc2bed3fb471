/**
 * A piece of page state kept across page changes and restarts: a grid's search and facets.
 * (The 期限 page always opens at 待办: the home page's reminders and bars lead there.) A UI
 * preference in the renderer's localStorage (as the export dialog's are), never a ledger
 * write; a value that cannot be read starts afresh.
 */
import { useCallback, useEffect, useState } from 'react';

const PREFIX = 'taizhang.view.';

function store(key: string, value: unknown) {
  try {
    globalThis.localStorage?.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // A full or disabled storage only loses the convenience.
  }
}

function read<T>(key: string, valid: (v: unknown) => v is T): T | undefined {
  try {
    const raw = globalThis.localStorage?.getItem(PREFIX + key);
    const v = raw ? (JSON.parse(raw) as unknown) : undefined;
    return valid(v) ? v : undefined;
  } catch {
    return undefined; // storage disabled or a value from an older version
  }
}

/**
 * The state, read back from where it was left. `override` (a link that opens the page
 * narrowed) wins over what was remembered, and is remembered in its place. `lasting` is
 * what of a value outlives the visit (all of it unless given).
 */
export function useRemembered<T>(
  key: string,
  initial: () => T,
  valid: (v: unknown) => v is T,
  override?: T,
  lasting: (v: T) => T = (v) => v,
): [T, (next: T) => void] {
  const [value, setValue] = useState<T>(() => override ?? read(key, valid) ?? initial());
  useEffect(() => {
    if (override !== undefined) store(key, lasting(override));
    // Only the value the page opened with: later changes go through set.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  const set = useCallback(
    (next: T) => {
      setValue(next);
      store(key, lasting(next));
    },
    // `lasting` is fixed for a page: a new function each render must not remake `set`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );
  return [value, set];
}
