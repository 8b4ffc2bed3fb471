/**
 * The grid's rows as SQLite gives them: a page at a time for AG Grid's infinite row model,
 * under the search, facets and column filters of the moment, with the facet counts beside
 * them. Says how many there are, when nothing matches, and when the rows could not be read.
 */
import type { GridApi, IDatasource } from 'ag-grid-community';
import { type RefObject, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type {
  FacetCounts,
  FacetSelection,
  GridRecord,
  RecordKind,
} from '../../../../shared/domain';
import { api } from '../../api';
import { announce, onLedgerChange } from '../../components/undo-bus';
import { keptRows, releaseRows } from './kept-rows';
import { toColumnFilters, toSort } from './grid-query';

export function useRecordRows(
  kind: RecordKind,
  grid: RefObject<GridApi<GridRecord> | null>,
  search: string,
  facets: FacetSelection,
) {
  const [total, setTotal] = useState<number | null>(null);
  const [counts, setCounts] = useState<FacetCounts | null>(null);
  const [version, setVersion] = useState(0);
  const [nothingFound, setNothingFound] = useState(false);
  // Why the rows could not be read: said in the grid, not 正在加载… (GridReadFailed.tsx).
  const [readFailed, setReadFailed] = useState<string | null>(null);
  const queryKey = useRef<string | null>(null);
  const query = useRef({ search, facets });
  query.current = { search, facets };

  const currentQuery = useCallback(
    () => ({
      kind,
      search: query.current.search.trim() || undefined,
      facets: query.current.facets,
      filters: toColumnFilters(grid.current?.getFilterModel()),
    }),
    [kind, grid],
  );

  /** A search, facet or column filter narrows the grid. */
  const filtered = useCallback(
    () =>
      query.current.search.trim() !== '' ||
      Object.keys(query.current.facets).length > 0 ||
      Object.keys(grid.current?.getFilterModel() ?? {}).length > 0,
    [grid],
  );

  const loadFacets = useCallback(() => {
    void api.call('records/facets', currentQuery()).then((r) => r.ok && setCounts(r.value));
  }, [currentQuery]);

  const datasource = useMemo<IDatasource>(
    () => ({
      getRows: (params) => {
        const q = currentQuery();
        // Rows edited under this search or filter stay in view (kept-rows.ts); a new one, or
        // the page opened anew, shows what it finds.
        const key = JSON.stringify(q);
        if (key !== queryKey.current) {
          releaseRows();
          queryKey.current = key;
        }
        void api
          .call('records/page', {
            ...q,
            ...(filtered() ? { keepIds: keptRows() } : {}),
            offset: params.startRow,
            limit: Math.min(params.endRow - params.startRow, 1000),
            sort: toSort(params.sortModel),
          })
          .then((r) => {
            // An answer to a query since replaced (the whole ledger's first page, slow on a
            // large ledger, arriving after the search typed meanwhile) says nothing of the
            // rows shown: its count would stand over them (共 25263 条 above 13 rows).
            if (key !== queryKey.current) return params.failCallback();
            if (!r.ok) {
              announce({ message: r.error.message, tone: 'error', dataChanged: false });
              params.failCallback();
              setReadFailed(r.error.message);
              return;
            }
            setReadFailed(null);
            setTotal(r.value.total);
            params.successCallback(r.value.rows, r.value.total);
            // Nothing found under a search or filter is not an empty ledger: the page says so itself.
            if (r.value.total === 0 && !filtered()) grid.current?.showNoRowsOverlay();
            else grid.current?.hideOverlay();
            setNothingFound(r.value.total === 0 && filtered());
          });
      },
    }),
    [currentQuery, filtered, grid],
  );

  const refresh = useCallback(
    (purge = false) => {
      // A new search or filter: ticks on rows it hides would act on rows no one sees.
      if (purge) grid.current?.deselectAll();
      if (purge) grid.current?.purgeInfiniteCache();
      else grid.current?.refreshInfiniteCache();
      loadFacets();
      setVersion((v) => v + 1);
    },
    [loadFacets, grid],
  );

  // A new search or facet tick reloads from the first row; typing is debounced. On opening,
  // the grid loads its first rows itself: only the facet counts are needed (a purge here
  // would also cancel an edit the user has already started).
  // A search typed and taken back (12, then nothing) leaves the view as it was: its reload,
  // which clears the ticks, is skipped — a row ticked meanwhile lost its tick 250 ms later.
  const opened = useRef(false);
  const shownQuery = useRef('');
  useEffect(() => {
    const key = JSON.stringify([search, facets]);
    if (!opened.current) {
      opened.current = true;
      shownQuery.current = key;
      loadFacets();
      return;
    }
    const t = setTimeout(() => {
      if (key === shownQuery.current) return;
      shownQuery.current = key;
      refresh(true);
    }, 250);
    return () => clearTimeout(t);
  }, [search, facets, refresh, loadFacets]);

  // Undo, redo and edits anywhere change rows: re-read what is on screen.
  useEffect(() => onLedgerChange((c) => c.dataChanged && refresh()), [refresh]);

  return {
    total,
    counts,
    version,
    nothingFound,
    readFailed,
    datasource,
    currentQuery,
    loadFacets,
    refresh,
  };
}
