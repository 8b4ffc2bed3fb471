/**
 * One section of 期限 a page at a time (deadlines/page): the first rows when the section, the
 * date, the reach or the filter changes, the next ones appended on 再列出, all read again from
 * the first page on `reload` (a mark, an undo). A new query's answer replaces the old one
 * only when it comes, and an answer to a query no longer asked is dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DeadlinePage, DeadlineSection } from '../../../../shared/deadline-pages';
import type { ApiError } from '../../../../shared/result';
import { readRows } from './read-rows';
import { api } from '../../api';
import type { DeadlineItem } from './types';

/** Rows a page asks for: at 100,000 records a section holds 150,000 duties of old cycles. */
export const ROWS_AT_A_TIME = 200;

export interface SectionQuery {
  asOf: string;
  section: DeadlineSection;
  within: number;
  month?: string;
  filter?: string;
}

export interface SectionPage {
  /** The last answer's first page (counts, total), or null before the first one. */
  page: DeadlinePage | null;
  items: DeadlineItem[];
  /** The answer shown is for another query than the one asked (a new date or filter). */
  stale: boolean;
  loading: boolean;
  error: ApiError | null;
  more: () => void;
  reload: () => void;
  /** The stored ids of the whole section, for 全选; null when the list changed meanwhile. */
  allIds: () => Promise<number[] | null>;
}

const asked = (q: SectionQuery) => ({
  asOf: q.asOf,
  section: q.section,
  within: q.within,
  ...(q.month ? { month: q.month } : {}),
  ...(q.filter?.trim() ? { filter: q.filter.trim() } : {}),
});

export function useSectionPage(
  q: SectionQuery,
  opts: { enabled?: boolean; tick?: number } = {},
): SectionPage {
  const enabled = opts.enabled ?? true;
  const outer = opts.tick ?? 0;
  const key = JSON.stringify(asked(q));
  const [state, setState] = useState<{
    key: string | null;
    page: DeadlinePage | null;
    items: DeadlineItem[];
    error: ApiError | null;
    loading: boolean;
  }>({ key: null, page: null, items: [], error: null, loading: enabled });
  const [tick, setTick] = useState(0);
  const current = useRef(key);
  current.current = key;

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    // a reload reads again as many rows as were shown, so a marked row leaves without folding
    const shown = Math.max(ROWS_AT_A_TIME, state.key === key ? state.items.length : 0);
    void readRows((input) => api.call('deadlines/page', input), JSON.parse(key), shown).then(
      (r) => {
        if (!live) return;
        setState(
          r.ok
            ? { key, page: r.value, items: r.value.items, error: null, loading: false }
            : { key, page: null, items: [], error: r.error, loading: false },
        );
      },
    );
    return () => {
      live = false;
    };
    // state is read for the rows shown only; a new answer must not ask again
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, tick, outer, enabled]);

  const more = useCallback(() => {
    const from = state.items.length;
    const forKey = state.key;
    if (forKey === null) return;
    setState((s) => ({ ...s, loading: true }));
    void api
      .call('deadlines/page', { ...JSON.parse(forKey), offset: from, limit: ROWS_AT_A_TIME })
      .then((r) => {
        if (current.current !== forKey) return;
        setState((s) =>
          r.ok && s.key === forKey && s.items.length === from
            ? { ...s, items: [...s.items, ...r.value.items], loading: false }
            : { ...s, loading: false, error: r.ok ? s.error : r.error },
        );
      });
  }, [state.items.length, state.key]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  // Every answer the section's ids may be given to: a later date, filter, reach, reload or
  // change to the ledger makes an answer still on its way one for a list no longer shown.
  const asking = useRef('');
  asking.current = `${key}#${tick}#${outer}`;
  const allIds = useCallback(async () => {
    const askedFor = asking.current;
    const r = await api.call('deadlines/page', {
      ...JSON.parse(key),
      offset: 0,
      limit: 0,
      ids: true,
    });
    if (asking.current !== askedFor) return null;
    return r.ok ? (r.value.ids ?? []) : [];
  }, [key]);

  return {
    page: state.page,
    items: state.items,
    stale: state.key !== key,
    loading: state.loading,
    error: state.error,
    more,
    reload,
    allIds,
  };
}
