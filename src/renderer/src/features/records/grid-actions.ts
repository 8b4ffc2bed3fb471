/**
 * What the grid's user actions send to the backend: one call, one operation, one line in
 * the status bar. Pure wiring between AG Grid's API and ours, kept out of the page.
 */
import type { GridApi } from 'ag-grid-community';
import type { CellEdit, EditAction, EditOutcome, GridRecord } from '../../../../shared/domain';
import type { Result } from '../../../../shared/result';
import { api } from '../../api';
import { announce } from '../../components/undo-bus';
import { keepRows } from './kept-rows';
import { EDIT_FIELD } from './record-columns';
import { parseTsv, pasteEdits, pasteRowIds } from './paste';
import { tickedNodes } from './ticked';

/** Reports an edit's outcome; returns the outcome when it was written. */
export function report(r: Result<EditOutcome>): EditOutcome | null {
  if (!r.ok) {
    announce({ message: r.error.message, tone: 'error', dataChanged: false });
    return null;
  }
  const notes = r.value.notes.length > 0 ? `（${r.value.notes.join('；')}）` : '';
  announce({
    message: `已保存：${r.value.summary}${notes}`,
    tone: r.value.notes.length > 0 ? 'error' : 'info',
    dataChanged: r.value.opId !== null,
  });
  return r.value;
}

export async function editCells(edits: CellEdit[], action: EditAction) {
  const r = await api.call('records/edit', { edits, action });
  // Kept in view before the change is announced (and the grid re-read).
  if (r.ok && r.value.opId !== null) keepRows(edits.map((e) => e.id));
  return report(r);
}

/** Applies a block pasted from Excel/WPS from the focused cell down and right, as ONE operation. */
export async function pasteBlock(grid: GridApi<GridRecord>, text: string): Promise<boolean> {
  const focused = grid.getFocusedCell();
  if (!focused) {
    announce({ message: '请先点选要粘贴到的起始单元格', tone: 'error', dataChanged: false });
    return false;
  }
  const block = parseTsv(text);
  if (block.length === 0) return false;
  const columns = grid.getAllDisplayedColumns();
  const from = columns.findIndex((c) => c.getColId() === focused.column.getColId());
  const fields = columns.slice(from).map((c) => EDIT_FIELD[c.getColId()] ?? null);
  const below: number[] = [];
  for (let i = 0; i < block.length; i++) {
    const id = grid.getDisplayedRowAtIndex(focused.rowIndex + i)?.data?.id;
    if (id === undefined) break;
    below.push(id);
  }
  const rowIds = pasteRowIds(
    block.length,
    below,
    tickedNodes(grid).map((n) => n.data!.id),
  );
  const selected = grid.getSelectedRows().map((r) => r.id);
  const { edits, skipped } = pasteEdits(block, { rowIds, fields }, selected);
  if (edits.length === 0) {
    announce({
      message: '没有可粘贴的单元格（这些列不能修改，或下方没有行）',
      tone: 'error',
      dataChanged: false,
    });
    return false;
  }
  const out = await editCells(edits, 'paste');
  if (out && skipped > 0)
    announce({
      message: `已保存：${out.summary}；${skipped} 格落在不能修改的列或表格之外，未粘贴`,
      tone: 'info',
      dataChanged: true,
    });
  return out !== null;
}
