/**
 * The spreadsheet reflexes of Excel/WPS on the ledger's grid. Community AG Grid has no
 * cell ranges, so "the selected cells" are the focused column of the ticked rows (when the
 * focused row is one of them) or else the focused cell:
 * - Ctrl+C copies the selected cells (one column of the ticked rows), or the ticked rows
 *   whole (every shown column, with the Chinese headers) when the focus is on the tick
 *   boxes, or the focused cell, as TSV that pastes into Excel/WPS;
 * - Ctrl+D fills down: the first ticked row's value into the others, or the value above
 *   into the focused cell;
 * - Delete clears the selected cells;
 * - Shift+↑/↓ selects a block of rows from the cell where it started (ticking them), so the
 *   keys above act on that column of the block, as a range chosen in Excel does;
 * - typing or F2 on a column the grid does not write says why, and what to edit instead.
 * Each write is ONE operation, undone by one Ctrl+Z.
 */
import type { ColDef, Column, GridApi, IRowNode } from 'ag-grid-community';
import type { GridRecord } from '../../../../shared/domain';
import { announce } from '../../components/undo-bus';
import { fillPlan } from './fill-plan';
import { editCells } from './grid-actions';
import { EDIT_FIELD } from './record-columns';
import { readOnlyNote } from './read-only-note';
import { tickedNodes } from './ticked';

const tsvCell = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[\t\n\r"]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

const dataColumns = (grid: GridApi<GridRecord>): Column[] =>
  grid.getAllDisplayedColumns().filter((c) => !c.getColId().startsWith('ag-Grid-'));

/** The text a cell shows: its value getter (or field), then its formatter. */
function shown(grid: GridApi<GridRecord>, node: IRowNode<GridRecord>, col: Column): unknown {
  const def = col.getColDef() as ColDef<GridRecord>;
  const base = { data: node.data, node, colDef: def, column: col, api: grid, context: undefined };
  const value: unknown =
    typeof def.valueGetter === 'function'
      ? def.valueGetter({ ...base, getValue: () => undefined } as never)
      : def.field
        ? node.data?.[def.field as keyof GridRecord]
        : undefined;
  return typeof def.valueFormatter === 'function'
    ? def.valueFormatter({ ...base, value } as never)
    : value;
}

/** What Ctrl+C puts on the clipboard and how the status line says it, or null. */
export interface Copied {
  text: string;
  message: string;
}

/**
 * What Ctrl+C copies, as the other keys see the selection: with the focus in a data column
 * on a ticked row, that column's cells of the ticked rows (no header, so they paste into
 * another column or another sheet's column, as a range copied in Excel does); right after
 * ticking (`wholeRows`) or with the focus outside them, the whole rows with the Chinese
 * headers, for a new sheet; else the focused cell.
 */
export function copyText(grid: GridApi<GridRecord>, wholeRows = false): Copied | null {
  const rows = tickedNodes(grid);
  const f = grid.getFocusedCell();
  const inSelection =
    !wholeRows &&
    f !== null &&
    !f.column.getColId().startsWith('ag-Grid-') &&
    rows.some((n) => n.rowIndex === f.rowIndex);
  if (f && inSelection && rows.length > 1) {
    const label = f.column.getColDef().headerName ?? f.column.getColId();
    return {
      text: rows.map((n) => tsvCell(shown(grid, n, f.column))).join('\r\n'),
      message: `已复制「${label}」列的 ${rows.length} 个单元格，点选目标列的第一格后 Ctrl+V 粘贴`,
    };
  }
  if (rows.length > 0 && !inSelection) {
    const cols = dataColumns(grid);
    const head = cols.map((c) => tsvCell(c.getColDef().headerName ?? c.getColId()));
    const body = rows.map((n) => cols.map((c) => tsvCell(shown(grid, n, c))).join('\t'));
    return {
      text: [head.join('\t'), ...body].join('\r\n'),
      message: `已复制 ${rows.length} 行（含表头），可粘贴到 Excel／WPS`,
    };
  }
  const node = f ? grid.getDisplayedRowAtIndex(f.rowIndex) : undefined;
  if (!f || !node?.data) return null;
  return { text: tsvCell(shown(grid, node, f.column)), message: '已复制单元格' };
}

/** The focused column's field and the rows the key acts on (ticked, or the focused row). */
function target(grid: GridApi<GridRecord>) {
  const f = grid.getFocusedCell();
  if (!f) return null;
  const field = EDIT_FIELD[f.column.getColId()];
  const focused = grid.getDisplayedRowAtIndex(f.rowIndex);
  if (!focused?.data) return null;
  const ticked = tickedNodes(grid);
  const rows = ticked.some((n) => n.data!.id === focused.data!.id) ? ticked : [focused];
  return { field, column: f.column, colId: f.column.getColId(), rows, rowIndex: f.rowIndex };
}

const notEditable = (column: Column) =>
  announce({
    message: readOnlyNote(column.getColId(), column.getColDef().headerName ?? column.getColId()),
    tone: 'error',
    dataChanged: false,
  });

/**
 * A key that would start editing (a character, F2) on a focused cell the grid does not
 * write: says so on the status line. True when it did, so the key goes no further.
 */
export function explainReadOnly(grid: GridApi<GridRecord>): boolean {
  const f = grid.getFocusedCell();
  if (!f || f.column.getColId().startsWith('ag-Grid-') || grid.getEditingCells().length > 0)
    return false;
  const node = grid.getDisplayedRowAtIndex(f.rowIndex);
  if (!node?.data || f.column.isCellEditable(node)) return false;
  notEditable(f.column);
  return true;
}

const raw = (node: IRowNode<GridRecord> | undefined, colId: string) =>
  (node?.data?.[colId as keyof GridRecord] ?? null) as string | number | null;

export async function fillDown(grid: GridApi<GridRecord>): Promise<void> {
  const t = target(grid);
  if (!t) return;
  if (!t.field) return notEditable(t.column);
  const [first, ...rest] = t.rows;
  const from = rest.length > 0 ? first : grid.getDisplayedRowAtIndex(t.rowIndex - 1);
  const to = rest.length > 0 ? rest : t.rows;
  const plan = fillPlan(
    t.field,
    from?.data ? { value: raw(from, t.colId) } : null,
    to.map((n) => ({ id: n.data!.id, value: raw(n, t.colId) })),
  );
  if ('nothing' in plan)
    return announce({ message: plan.nothing, tone: 'info', dataChanged: false });
  await editCells(plan.edits, 'fill');
}

export async function clearCells(grid: GridApi<GridRecord>): Promise<void> {
  const t = target(grid);
  if (!t) return;
  if (!t.field || t.field === 'kind') return notEditable(t.column);
  const edits = t.rows
    .filter((n) => raw(n, t.colId) !== null)
    .map((n) => ({ id: n.data!.id, field: t.field!, value: null }));
  if (edits.length === 0)
    return announce({ message: '没有需要清除的单元格', tone: 'info', dataChanged: false });
  await editCells(edits, 'clear');
}

/** Where the last Shift+↑/↓ block started and ended, per grid. */
const blocks = new WeakMap<GridApi<GridRecord>, { anchor: number; end: number }>();

/**
 * Shift+↑/↓: grows or shrinks the block of ticked rows from the row where the first
 * Shift+arrow was pressed, and moves the focus with it in the same column. A Shift+arrow
 * from anywhere else (the focus moved, or the ticks changed since) starts a new block there.
 */
export function extendBlock(grid: GridApi<GridRecord>, step: 1 | -1): void {
  const f = grid.getFocusedCell();
  if (!f || f.rowIndex === null) return;
  const last = blocks.get(grid);
  const ticked = tickedNodes(grid).map((n) => n.rowIndex!);
  const same =
    last !== undefined &&
    last.end === f.rowIndex &&
    ticked.length === Math.abs(last.end - last.anchor) + 1 &&
    ticked[0] === Math.min(last.anchor, last.end);
  const anchor = same ? last.anchor : f.rowIndex;
  const end = Math.min(Math.max(f.rowIndex + step, 0), grid.getDisplayedRowCount() - 1);
  const nodes: IRowNode<GridRecord>[] = [];
  for (let i = Math.min(anchor, end); i <= Math.max(anchor, end); i++) {
    const node = grid.getDisplayedRowAtIndex(i);
    if (node?.data) nodes.push(node);
  }
  grid.deselectAll();
  grid.setNodesSelected({ nodes, newValue: true });
  blocks.set(grid, { anchor, end });
  grid.ensureIndexVisible(end);
  grid.setFocusedCell(end, f.column);
}

/**
 * Ctrl+D fills down, Delete clears (one operation each); Shift+↑/↓ selects a block of rows;
 * typing or F2 on a read-only column explains itself. True when the key was ours.
 */
export function spreadsheetKey(api: GridApi<GridRecord>, e: KeyboardEvent): boolean {
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
