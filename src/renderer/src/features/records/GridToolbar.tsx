/**
 * The grid's toolbar: quick search (FTS), add, delete, bulk edit, saved views and the
 * column chooser (撤销/重做 are at the foot of every page). Forms open in place; every write is one undoable operation.
 */
import type { GridApi } from 'ag-grid-community';
import { useRef, useState, type RefObject } from 'react';
import type {
  EditableRecordField,
  FacetField,
  FacetSelection,
  GridRecord,
  RecordKind,
  SavedView,
} from '../../../../shared/domain';
import { RECORD_KIND_LABELS } from '../../../../shared/domain';
import { api } from '../../api';
import { editCells, report } from './grid-actions';
import { layoutOf } from './grid-query';
import { COLUMN_LABELS, EDIT_FIELD } from './record-columns';
import { ClusterDialog } from './ClusterDialog';
import { SelectionActions } from './SelectionActions';
import { ViewActions } from './ViewActions';
import { BulkEditForm, NewRecordForm, SaveViewForm } from './ToolbarForms';
import type { useGridSettings } from './use-grid-settings';
import { useFindKey } from './use-find-key';
import { focusFirstRow } from './grid-focus';

const SAVE_VIEW = '\u0000save';
const DELETE_VIEW = '\u0000delete';

type Form = 'bulk' | 'new' | 'view' | 'columns' | 'clusters' | null;

export function GridToolbar(props: {
  kind: RecordKind;
  grid: RefObject<GridApi<GridRecord> | null>;
  search: string;
  onSearch: (s: string) => void;
  facets: FacetSelection;
  onFacets: (f: FacetSelection) => void;
  selected: number;
  settings: ReturnType<typeof useGridSettings>;
  onChanged: () => void;
  onLayoutChanged: () => void;
  groupBy: FacetField | null;
  onGroupBy: (f: FacetField | null) => void;
  onExport: (format: 'xlsx' | 'docx') => Promise<void>;
  onOpen: (id: number) => void;
}) {
  const [form, setForm] = useState<Form>(null);
  const [view, setView] = useState('');
  const searchBox = useRef<HTMLInputElement>(null);
  useFindKey(searchBox);
  const g = () => props.grid.current;
  const selectedIds = () =>
    g()
      ?.getSelectedRows()
      .map((r) => r.id) ?? [];
  const focusedField = (): EditableRecordField | undefined => {
    const c = g()?.getFocusedCell();
    return c ? EDIT_FIELD[c.column.getColId()] : undefined;
  };

  const applyView = (name: string) => {
    setView(name);
    const v = props.settings.settings?.views.find((x) => x.name === name);
    const api = g();
    if (!v || !api) return;
    props.onSearch(v.search);
    props.onFacets(v.facets);
    if (v.columns.length > 0) api.applyColumnState({ state: v.columns, applyOrder: true });
    api.applyColumnState({
      state: v.sort.map((s) => ({ colId: s.colId, sort: s.dir })),
      defaultState: { sort: null },
    });
    api.setFilterModel(v.filterModel);
  };

  const currentView = (name: string): SavedView | null => {
    const api = g();
    if (!api) return null;
    const state = api.getColumnState();
    return {
      name,
      search: props.search,
      facets: props.facets,
      filterModel: api.getFilterModel(),
      sort: state
        .filter((c) => c.sort)
        .map((c) => ({ colId: c.colId, dir: c.sort as 'asc' | 'desc' })),
      columns: layoutOf(state),
    };
  };

  return (
    <div className="grid-toolbar" role="toolbar" aria-label="表格工具栏">
      <input
        type="search"
        className="grid-search"
        data-testid="grid-search"
        ref={searchBox}
        placeholder="搜索地区、单位、名称、内容"
        title="搜索记录本身的文字：地区、单位、名称／主题、内容（按项目筛选请用「项目」筛选）；↓ 或 Enter 到表格第一行"
        aria-label="搜索"
        value={props.search}
        onChange={(e) => props.onSearch(e.target.value)}
        onKeyDown={(e) => {
          // ↓ or Enter goes on to the rows found (an input method's Enter picks its word)
          if (e.nativeEvent.isComposing || e.altKey || e.ctrlKey || e.shiftKey) return;
          if ((e.key === 'ArrowDown' || e.key === 'Enter') && focusFirstRow(g()))
            e.preventDefault();
        }}
      />
      <button
        type="button"
        className="button small"
        onClick={() => setForm(form === 'new' ? null : 'new')}
      >
        新增
      </button>
      <button
        type="button"
        className="button small"
        disabled={props.selected === 0}
        // The count is in its name and tooltip, not its face: at 1280 px the wider face pushed
        // 整理取值 onto a second row as the first row was ticked, and the grid moved down under
        // the pointer ticking the next.
        aria-label={props.selected > 0 ? `批量修改（${props.selected}）` : undefined}
        title={
          props.selected === 0 ? '先勾选要修改的行' : `批量修改所选的 ${props.selected} 条记录`
        }
        onClick={() => setForm(form === 'bulk' ? null : 'bulk')}
      >
        批量修改
      </button>
      <SelectionActions
        ids={selectedIds}
        count={props.selected}
        onDone={() => g()?.deselectAll()}
      />
      <span className="toolbar-sep" />
      <ViewActions groupBy={props.groupBy} onGroupBy={props.onGroupBy} onExport={props.onExport} />
      <select
        aria-label="视图"
        value={view}
        onChange={(e) => {
          // Saving and deleting live in the same list as the views: the toolbar stays one line.
          const v = e.target.value;
          if (v === SAVE_VIEW) setForm('view');
          else if (v === DELETE_VIEW) void props.settings.deleteView(view).then(() => setView(''));
          else applyView(v);
        }}
      >
        <option value="">视图…</option>
        {props.settings.settings?.views.map((v) => (
          <option key={v.name} value={v.name}>
            {v.name}
          </option>
        ))}
        <option value={SAVE_VIEW}>保存当前视图…</option>
        {view && <option value={DELETE_VIEW}>删除视图「{view}」</option>}
      </select>
      <button
        type="button"
        className="button small"
        onClick={() => setForm(form === 'columns' ? null : 'columns')}
      >
        列
      </button>
      <button type="button" className="button small" onClick={() => setForm('clusters')}>
        整理取值
      </button>
      {form === 'clusters' && <ClusterDialog kind={props.kind} onClose={() => setForm(null)} />}
      {form === 'bulk' && (
        <BulkEditForm
          count={props.selected}
          initialField={focusedField()}
          onCancel={() => setForm(null)}
          onSubmit={(field, value) => {
            const ids = selectedIds();
            void editCells(
              ids.map((id) => ({ id, field, value: value === '' ? null : value })),
              'bulk_edit',
            ).then((out) => out && setForm(null));
          }}
        />
      )}
      {form === 'new' && (
        <NewRecordForm
          kindLabel={RECORD_KIND_LABELS[props.kind]}
          titleRequired={props.kind === 'case'}
          onCancel={() => setForm(null)}
          onSubmit={(f) => {
            const fields = {
              title: f.title.trim() || null,
              ...(f.region.trim() ? { regionText: f.region.trim() } : {}),
              ...(f.programme.trim() ? { programme: f.programme.trim() } : {}),
              ...(f.year.trim() ? { year: f.year.trim() } : {}),
              ...(f.batch.trim() ? { batch: f.batch.trim() } : {}),
            };
            void api.call('records/create', { kind: props.kind, fields }).then((r) => {
              const out = report(r);
              if (!out) return;
              setForm(null);
              // Shown even when the current filter hides it: its panel opens.
              const id = out.records[0]?.id;
              if (id !== undefined) props.onOpen(id);
            });
          }}
        />
      )}
      {form === 'view' && (
        <SaveViewForm
          onCancel={() => setForm(null)}
          onSubmit={(name) => {
            const v = currentView(name);
            if (v) void props.settings.saveView(v).then(() => (setForm(null), setView(name)));
          }}
        />
      )}
      {form === 'columns' && (
        <div className="toolbar-form column-chooser" aria-label="显示的列">
          {(g()?.getColumns() ?? [])
            .filter((c) => COLUMN_LABELS[c.getColId()])
            .map((c) => (
              <label key={c.getColId()}>
                <input
                  type="checkbox"
                  checked={c.isVisible()}
                  onChange={(e) => {
                    g()?.setColumnsVisible([c.getColId()], e.target.checked);
                    props.onLayoutChanged();
                    setForm('columns');
                  }}
                />
                {COLUMN_LABELS[c.getColId()]}
              </label>
            ))}
          <button type="button" className="button small" onClick={() => setForm(null)}>
            完成
          </button>
        </div>
      )}
    </div>
  );
}
