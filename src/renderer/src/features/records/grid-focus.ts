/**
 * Moving the keyboard's focus between the grid and what stands beside it, as a clerk who works
 * from the keyboard moves between a sheet and its panes: the search box's ↓ or Enter goes to
 * the first row (not through every filter tick box between), F6 goes between the grid and the
 * open record panel (the key Office and WPS move between panes with), and Esc closing the
 * panel from inside it puts the focus back on the grid's cell, not on the page.
 */
import type { GridApi } from 'ag-grid-community';
import { useEffect, useRef, type RefObject } from 'react';
import type { GridRecord } from '../../../../shared/domain';

const PANEL = '[data-testid="record-panel"]';

const dataColumn = (grid: GridApi<GridRecord>) =>
  grid.getAllDisplayedColumns().find((c) => !c.getColId().startsWith('ag-Grid-'));

/** Focuses the first row's first data cell; false when there is no row to go to. */
export function focusFirstRow(grid: GridApi<GridRecord> | null): boolean {
  if (!grid || grid.isDestroyed() || grid.getDisplayedRowCount() === 0) return false;
  const col = dataColumn(grid);
  if (!col) return false;
  grid.ensureIndexVisible(0);
  grid.setFocusedCell(0, col);
  return true;
}

/**
 * A grid opened with the keyboard's focus nowhere (the link or page that had it is gone: 新增 N
 * after an import, a bar on the home page) takes it on its first row, so the arrows, Enter
 * and typing work at once; a focus somewhere (the search box, the menu) is left there.
 */
export function focusFirstRowIfLost(grid: GridApi<GridRecord>): void {
  const active = document.activeElement;
  if (active === null || active === document.body) focusFirstRow(grid);
}

type Cell = { rowIndex: number; colId: string };

function focusCell(grid: GridApi<GridRecord> | null, cell: Cell | null): void {
  if (!grid || grid.isDestroyed()) return;
  if (!cell) {
    focusFirstRow(grid);
    return;
  }
  grid.ensureIndexVisible(cell.rowIndex);
  grid.setFocusedCell(cell.rowIndex, cell.colId);
}

/** F6 and Esc while the record panel is open (see the file's comment). */
export function usePanelKeys(
  grid: RefObject<GridApi<GridRecord> | null>,
  panelId: number | null,
  close: () => void,
): void {
  // The grid's cell the focus left for the panel: where F6 or Esc brings it back.
  const left = useRef<Cell | null>(null);
  useEffect(() => {
    if (panelId === null) return;
    const onKey = (e: KeyboardEvent) => {
      const g = grid.current;
      // a cell editor keeps its own Esc (cancel) and F6
      if ((g?.getEditingCells().length ?? 0) > 0) return;
      const panel = document.querySelector<HTMLElement>(PANEL);
      const inPanel = !!panel && panel.contains(document.activeElement);
      if (e.key === 'Escape') {
        close();
        if (inPanel) focusCell(g, left.current);
        return;
      }
      if (e.key !== 'F6' || e.ctrlKey || e.altKey || e.metaKey || !panel) return;
      e.preventDefault();
      if (inPanel) {
        focusCell(g, left.current);
        return;
      }
      const f = g?.getFocusedCell();
      left.current =
        f && f.rowIndex !== null ? { rowIndex: f.rowIndex, colId: f.column.getColId() } : null;
      panel.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [grid, panelId, close]);
}
