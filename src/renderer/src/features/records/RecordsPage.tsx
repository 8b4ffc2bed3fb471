/**
 * A grid of one kind of record. Rows come from SQLite a page at a time (AG Grid's
 * infinite row model asks for blocks as the user scrolls); sort, column filters, facets
 * and quick search all run in SQL. Edits go to the backend as one operation each
 * (`readOnlyEdit`: the grid never changes a row itself, the ledger does, then the grid
 * re-reads), so Ctrl+Z always matches what staff see.
 */
import { AG_GRID_LOCALE_CN } from '@ag-grid-community/locale';
import type {
  CellEditRequestEvent,
  ColDef,
  GridApi,
  IDatasource,
  SuppressKeyboardEventParams,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type {
  FacetCounts,
  FacetField,
  FacetSelection,
  GridRecord,
  RecordKind,
} from '../../../../shared/domain';
import { RECORD_KIND_LABELS } from '../../../../shared/domain';
import { api } from '../../api';
import { PageHeader } from '../../components/PageHeader';
import { announce, isTextTarget, onLedgerChange } from '../../components/undo-bus';
import { defaultPins } from './default-pins';
import { exportView } from './export-view';
import { FacetPanel } from './FacetPanel';
import { GroupBar } from './GroupBar';
import { facetsFromHash } from './grid-link';
import { GridToolbar } from './GridToolbar';
import { editCells, pasteBlock } from './grid-actions';
import { keptRows, releaseRows } from './kept-rows';
import { clearCells, copyText, explainReadOnly, extendBlock, fillDown } from './grid-keys';
import { gridTheme } from './grid-setup';
import { layoutOf, toColumnFilters, toSort } from './grid-query';
import { EDIT_FIELD, recordColumns } from './record-columns';
import { RecordPanel } from './RecordPanel';
import { SelectAllHeader } from './SelectAllHeader';
import { typeToEdit } from './type-to-edit';
import { useGridSettings } from './use-grid-settings';
import './records.css';
import { useRemembered } from '../../components/use-remembered';
import { GridReadFailed } from './GridReadFailed';
import { usePanelKeys } from './grid-focus';

const PAGE_SIZE = 200;
const ROW_SELECTION = {
  mode: 'multiRow',
  checkboxes: true,
  headerCheckbox: false,
  enableClickSelection: false,
} as const;
const SELECTION_COLUMN = { headerComponent: SelectAllHeader, pinned: 'left' } as const;

/**
 * Ctrl+D fills down, Delete clears (one operation each); Shift+↑/↓ selects a block of rows;
 * typing or F2 on a read-only column explains itself. True when the key was ours.
 */
function spreadsheetKey(api: GridApi<GridRecord>, e: KeyboardEvent): boolean {
  const ctrl = e.ctrlKey || e.metaKey;
  // Space stays the grid's (it ticks the row); any other character would start an edit.
  const startsEdit = e.key === 'F2' || (e.key.length === 1 && e.key !== ' ');
  if (!ctrl && !e.altKey && startsEdit && explainReadOnly(api)) {
    e.preventDefault();
    return true;
  }
  if (ctrl && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'd') {
    e.preventDefault();
    void fillDown(api);
    return true;
  }
  if (!ctrl && !e.altKey && e.shiftKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
    e.preventDefault();
    extendBlock(api, e.key === 'ArrowDown' ? 1 : -1);
    return true;
  }
  if (!ctrl && !e.altKey && (e.key === 'Delete' || e.key === 'Backspace')) {
    e.preventDefault();
    void clearCells(api);
    return true;
  }
  return false;
}

const EMPTY_TEXT: Record<RecordKind, string> = {
  zone: '还没有实验区记录。请先在「导入」页导入确认实验区的通知或批复。',
  case: '还没有典型案例记录。请先在「导入」页导入公布典型案例的通知。',
  observation: '还没有观察点记录。请先在「导入」页导入观察点名单。',
  other: '还没有其他名单记录。',
};

export function RecordsPage({ kind }: { kind: RecordKind }) {
  const [total, setTotal] = useState<number | null>(null);
  // Search and facets are where the clerk left them, after another page or a restart; a
  // link that opens the grid narrowed (#/zones?province=…) replaces them.
  const [linked] = useState(() => facetsFromHash(window.location.hash));
  const [search, setSearch] = useRemembered(
    `grid.${kind}.search`,
    () => '',
    (v): v is string => typeof v === 'string',
    linked ? '' : undefined,
  );
  const [facets, setFacets] = useRemembered<FacetSelection>(
    `grid.${kind}.facets`,
    () => ({}),
    (v): v is FacetSelection => typeof v === 'object' && v !== null && !Array.isArray(v),
    linked ?? undefined,
  );
  const [counts, setCounts] = useState<FacetCounts | null>(null);
  const [panelId, setPanelId] = useState<number | null>(null);
  const [version, setVersion] = useState(0);
  const [selected, setSelected] = useState(0);
  const [nothingFound, setNothingFound] = useState(false);
  // Why the rows could not be read: said in the grid, not 正在加载… (GridReadFailed.tsx).
  const [readFailed, setReadFailed] = useState<string | null>(null);
  const [groupBy, setGroupBy] = useState<FacetField | null>(null);
  const grid = useRef<GridApi<GridRecord> | null>(null);
  const justTicked = useRef(false);
  const queryKey = useRef<string | null>(null);
  const query = useRef({ search, facets });
  query.current = { search, facets };
  const settings = useGridSettings(kind);
  const [ready, setReady] = useState(false);
  const wrap = useRef<HTMLDivElement>(null);
  useEffect(() => (wrap.current ? typeToEdit(wrap.current, () => grid.current) : undefined), []);
  const layoutApplied = useRef(false);
  const pins = useMemo(defaultPins, []);

  // The saved column layout (order, widths, hidden) is applied once, when both are there.
  useEffect(() => {
    const layout = settings.settings?.layout;
    if (!ready || !grid.current || layoutApplied.current || settings.settings === null) return;
    layoutApplied.current = true;
    if (layout) grid.current.applyColumnState({ state: layout, applyOrder: true });
  }, [ready, settings.settings]);

  const currentQuery = useCallback(
    () => ({
      kind,
      search: query.current.search.trim() || undefined,
      facets: query.current.facets,
      filters: toColumnFilters(grid.current?.getFilterModel()),
    }),
    [kind],
  );

  /** A search, facet or column filter narrows the grid. */
  const filtered = useCallback(
    () =>
      query.current.search.trim() !== '' ||
      Object.keys(query.current.facets).length > 0 ||
      Object.keys(grid.current?.getFilterModel() ?? {}).length > 0,
    [],
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
    [currentQuery, filtered],
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
    [loadFacets],
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

  // A link from the home page (#/zones?province=…) narrows the grid it opens.
  useEffect(() => {
    const onHash = () => {
      const f = facetsFromHash(window.location.hash);
      if (f) setFacets(f);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [setFacets]);

  // Undo, redo and edits anywhere change rows: re-read what is on screen.
  useEffect(() => onLedgerChange((c) => c.dataChanged && refresh()), [refresh]);

  // Esc closes the record panel (unless a cell editor is using it); F6 goes in and out of it.
  const closePanel = useCallback(() => setPanelId(null), []);
  usePanelKeys(grid, panelId, closePanel);

  const onCellEditRequest = (e: CellEditRequestEvent<GridRecord>) => {
    const field = EDIT_FIELD[e.column.getColId()];
    if (!field || !e.data) return;
    const value =
      e.newValue === undefined || e.newValue === '' ? null : (e.newValue as string | number | null);
    const at = { rowIndex: e.rowIndex, colId: e.column.getColId() };
    void editCells([{ id: e.data.id, field, value }], 'edit').then((saved) => {
      // Refused (年度 二〇一九, a 序号 in words): Enter has already moved down, and a clerk
      // typing a column would go on below unaware. Focus goes back to the refused cell, beside
      // the message, unless another cell's editor is already open (its typing is kept).
      const gridApi = e.api;
      if (
        saved ||
        at.rowIndex === null ||
        gridApi.isDestroyed() ||
        gridApi.getEditingCells().length > 0
      )
        return;
      gridApi.ensureIndexVisible(at.rowIndex);
      gridApi.setFocusedCell(at.rowIndex, at.colId);
    });
  };

  // Enter opens the record panel (F2 or typing edits, as in WPS); while editing, Enter saves
  // as usual. Decided here, before the grid acts on the key, so a saving Enter never opens it.
  // Memoised: a new defaultColDef object would make the grid rebuild its columns (and drop
  // an open editor) on every render.
  const defaultColDef = useMemo<ColDef<GridRecord>>(
    () => ({
      resizable: true,
      filterParams: { buttons: ['reset', 'apply'], closeOnApply: true, maxNumConditions: 2 },
      suppressKeyboardEvent: (p: SuppressKeyboardEventParams<GridRecord>) => {
        const e = p.event;
        if (e.type === 'keydown' && !p.editing && spreadsheetKey(p.api, e)) return true;
        if (
          e.type !== 'keydown' ||
          e.key !== 'Enter' ||
          p.editing ||
          e.ctrlKey ||
          e.shiftKey ||
          e.altKey
        )
          return false;
        if (p.node.data) setPanelId(p.node.data.id);
        return true;
      },
    }),
    [],
  );

  const clearQuery = () => {
    setSearch('');
    setFacets({});
    grid.current?.setFilterModel(null);
  };

  const saveLayout = () => {
    const state = grid.current?.getColumnState();
    if (state) settings.saveLayout(layoutOf(state));
  };

  return (
    <div className="records-page">
      <PageHeader
        title={RECORD_KIND_LABELS[kind]}
        subtitle={total !== null ? `共 ${total} 条` : readFailed ? '未能读取' : '正在加载…'}
      >
        <span className="toolbar-hint muted">
          双击、直接输入或 F2 编辑 · Enter 看详情（F6 进出） · Shift+↑↓ 选多行 · Ctrl+C 复制 ·
          Ctrl+D 向下填充 · Delete 清除 · Ctrl+F 搜索
        </span>
      </PageHeader>
      <GridToolbar
        kind={kind}
        grid={grid}
        search={search}
        onSearch={setSearch}
        facets={facets}
        onFacets={setFacets}
        selected={selected}
        settings={settings}
        onChanged={() => refresh()}
        onLayoutChanged={saveLayout}
        onOpen={setPanelId}
        groupBy={groupBy}
        onGroupBy={(f) => {
          setGroupBy(f);
          grid.current?.applyColumnState({
            state: f ? [{ colId: f, sort: 'asc' }] : [],
            defaultState: { sort: null },
          });
        }}
        onExport={(format) =>
          grid.current ? exportView(grid.current, kind, currentQuery(), format) : Promise.resolve()
        }
      />
      {groupBy && <GroupBar field={groupBy} counts={counts} facets={facets} onFacets={setFacets} />}
      <div className="records-body">
        {/* While a record is open the facets give way to it: with both beside the grid, the
            grid grew too narrow to keep its pinned columns (名称, 地区) and unpinned them. */}
        {panelId === null && (
          <FacetPanel kind={kind} counts={counts} selection={facets} onChange={setFacets} />
        )}
        <div
          className="grid-wrap"
          ref={wrap}
          data-testid={`grid-${kind}`}
          onCopy={(e) => {
            if (isTextTarget(e.target) || !grid.current) return;
            const copied = copyText(grid.current, justTicked.current);
            if (copied === null) return;
            e.preventDefault();
            e.clipboardData.setData('text/plain', copied.text);
            announce({ message: copied.message, tone: 'info', dataChanged: false });
          }}
          onPaste={(e) => {
            if (isTextTarget(e.target) || !grid.current) return;
            e.preventDefault();
            void pasteBlock(grid.current, e.clipboardData.getData('text/plain'));
          }}
        >
          {readFailed && <GridReadFailed message={readFailed} onRetry={() => refresh(true)} />}
          {!readFailed && nothingFound && (
            <div className="grid-nothing" data-testid="grid-nothing-found" role="status">
              <p>没有符合当前搜索或筛选条件的记录。</p>
              {/* Search finds the words as typed, side by side: a half-remembered name typed
                  in one run (place and theme together) finds nothing, the same words apart do. */}
              {search.split(/[\s\u3000]+/).some((t) => [...t].length >= 4) && (
                <p className="muted" data-testid="grid-search-hint">
                  搜索按连续的字查找。名称记不全时，请用空格分开记得的几个词再搜（如“栖霞 提案”）。
                </p>
              )}
              <button type="button" className="button small primary" onClick={clearQuery}>
                清除搜索和筛选
              </button>
            </div>
          )}
          <AgGridReact<GridRecord>
            theme={gridTheme}
            localeText={AG_GRID_LOCALE_CN}
            columnDefs={recordColumns}
            defaultColDef={defaultColDef}
            rowModelType="infinite"
            cacheBlockSize={PAGE_SIZE}
            maxBlocksInCache={20}
            datasource={datasource}
            getRowId={(p) => String(p.data.id)}
            rowSelection={ROW_SELECTION}
            selectionColumnDef={SELECTION_COLUMN}
            readOnlyEdit
            suppressColumnVirtualisation
            suppressClickEdit
            enterNavigatesVerticallyAfterEdit
            tooltipShowDelay={400}
            overlayNoRowsTemplate={`<span class="grid-empty">${EMPTY_TEXT[kind]}</span>`}
            onCellEditRequest={onCellEditRequest}
            onCellClicked={(e) =>
              e.data && e.column.getColId() === 'mentions' && setPanelId(e.data.id)
            }
            // Right after a tick, Ctrl+C copies the ticked rows whole; once a cell is chosen
            // again, that column of them (see copyText).
            onCellFocused={() => (justTicked.current = false)}
            onCellDoubleClicked={(e) => {
              if (!e.data || e.rowIndex === null) return;
              // A spreadsheet reflex: double-clicking a cell edits it, as in Excel and WPS. A
              // column the clerk cannot edit (编号, 来源, 更新时间 …) opens the record panel
              // instead, as Enter does anywhere.
              if (e.column.isCellEditable(e.node))
                e.api.startEditingCell({ rowIndex: e.rowIndex, colKey: e.column });
              else setPanelId(e.data.id);
            }}
            onSelectionChanged={(e) => {
              setSelected(e.api.getSelectedRows().length);
              if (e.source === 'checkboxSelected' || e.source === 'uiSelectAll')
                justTicked.current = true;
            }}
            onFilterChanged={() => {
              grid.current?.deselectAll();
              loadFacets();
            }}
            onColumnMoved={(e) => e.finished && e.source === 'uiColumnMoved' && saveLayout()}
            onColumnResized={(e) => e.finished && e.source === 'uiColumnResized' && saveLayout()}
            onColumnPinned={pins.onColumnPinned}
            onGridSizeChanged={pins.onGridSizeChanged}
            onGridReady={(e) => {
              grid.current = e.api;
              setReady(true);
            }}
          />
        </div>
        {panelId !== null && (
          <RecordPanel id={panelId} version={version} onClose={closePanel} onOpen={setPanelId} />
        )}
      </div>
    </div>
  );
}
