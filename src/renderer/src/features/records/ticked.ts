import type { GridApi, IRowNode } from 'ag-grid-community';
import type { GridRecord } from '../../../../shared/domain';

/** Ticked rows in the order the grid shows them (the selection the keys and paste act on). */
export function tickedNodes(grid: GridApi<GridRecord>): IRowNode<GridRecord>[] {
  return grid
    .getSelectedNodes()
    .filter((n) => n.data && n.rowIndex !== null)
    .sort((a, b) => a.rowIndex! - b.rowIndex!);
}
