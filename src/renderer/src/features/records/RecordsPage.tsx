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
  SuppressKeyboardEventParams,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FacetField, FacetSelection, GridRecord, RecordKind } from '../../../../shared/domain';
import { RECORD_KIND_LABELS } from '../../../../shared/domain';
import { PageHeader } from '../../components/PageHeader';
import { announce, isTextTarget } from '../../components/undo-bus';
import { defaultPins } from './default-pins';
import { exportView } from './export-view';
import { FacetPanel } from './FacetPanel';
import { GroupBar } from './GroupBar';
import { facetsFromHash } from './grid-link';
import { GridToolbar } from './GridToolbar';
import { editCells, pasteBlock } from './grid-actions';
import { copyText, spreadsheetKey } from './grid-keys';
import { gridTheme } from './grid-setup';
import { layoutOf } from './grid-query';
import { EDIT_FIELD, columnsFor } from './record-columns';
import { RecordPanel } from './RecordPanel';
import { SelectAllHeader } from './SelectAllHeader';
import { typeToEdit } from './type-to-edit';
import { useGridSettings } from './use-grid-settings';
import './records.css';
import { useRemembered } from '../../components/use-remembered';
import { GridReadFailed } from './GridReadFailed';
import { focusFirstRowIfLost, usePanelKeys } from './grid-focus';
import { EMPTY_TEXT, NothingFound } from './NothingFound';
import { useRecordRows } from './use-record-rows';

const PAGE_SIZE = 200;
const ROW_SELECTION = {
  mode: 'multiRow',
  checkboxes: true,
  headerCheckbox: false,
  enableClickSelection: false,
} as const;
const SELECTION_COLUMN = { headerComponent: SelectAllHeader, pinned: 'left' } as const;

/**
 * 导入完成's narrowing to one import's notices is for the visit it opens: remembered, the grid
 * would open on those few records next day, its 本次导入 no longer this time's.
 */
function withoutImportNarrowing(f: FacetSelection): FacetSelection {
  if (!f.notices) return f;
  const rest = { ...f };
  delete rest.notices;
  delete rest.importedAs;
  return rest;
}

export function RecordsPage({ kind }: { kind: RecordKind }) {
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
    withoutImportNarrowing,
  );
  const [panelId, setPanelId] = useState<number | null>(null);
  const [selected, setSelected] = useState(0);
  const [groupBy, setGroupBy] = useState<FacetField | null>(null);
  const grid = useRef<GridApi<GridRecord> | null>(null);
  const justTicked = useRef(false);
  const rows = useRecordRows(kind, grid, search, facets);
  const { total, counts, version, nothingFound, readFailed, datasource } = rows;
  const { currentQuery, loadFacets, refresh } = rows;
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

  // A link from the home page (#/zones?province=…) narrows the grid it opens.
  useEffect(() => {
    const onHash = () => {
      const f = facetsFromHash(window.location.hash);
      if (f) setFacets(f);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [setFacets]);

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
          {!readFailed && nothingFound && <NothingFound search={search} onClear={clearQuery} />}
          <AgGridReact<GridRecord>
            theme={gridTheme}
            localeText={AG_GRID_LOCALE_CN}
            columnDefs={columnsFor(kind)}
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
            onFirstDataRendered={(e) => focusFirstRowIfLost(e.api)}
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
