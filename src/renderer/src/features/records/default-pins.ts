import type { ColumnPinnedEvent, GridApi, GridSizeChangedEvent } from 'ag-grid-community';

/**
 * The grid unpins pinned columns while they would leave the centre narrower than this margin
 * (its documented behaviour when the grid narrows, e.g. when the record panel opens).
 */
const MIN_CENTER_WIDTH = 50;
/** Room for a vertical scroll bar, which the grid's own check leaves out of the viewport. */
const SCROLLBAR_ALLOWANCE = 20;

/**
 * Puts back the column definitions' own pins once the grid is wide enough again: the grid
 * unpins them when it narrows but never re-pins them, so after the record panel closed the
 * title and checkbox columns stayed in the centre. A pin the user changed himself is his.
 */
export function defaultPins() {
  const userPinned = new Set<string>();
  return {
    onColumnPinned(e: ColumnPinnedEvent) {
      // The grid's own unpinning and our re-pinning are not the user's choice.
      if (e.source === 'viewportSizeFeature' || e.source === 'api') return;
      for (const col of e.columns ?? []) userPinned.add(col.getColId());
    },
    onGridSizeChanged(e: GridSizeChangedEvent) {
      restore(e.api, e.clientWidth, userPinned);
    },
  };
}

function restore(api: GridApi, gridWidth: number, userPinned: ReadonlySet<string>) {
  const columns = api.getAllGridColumns().filter((c) => c.isVisible());
  const moved = columns.filter(
    (c) =>
      !userPinned.has(c.getColId()) && (c.getColDef().pinned ?? null) !== (c.getPinned() ?? null),
  );
  if (moved.length === 0) return;
  const pinnedWidth = columns
    .filter((c) => c.isPinned() || moved.includes(c))
    .reduce((sum, c) => sum + c.getActualWidth(), 0);
  if (pinnedWidth >= gridWidth - SCROLLBAR_ALLOWANCE - MIN_CENTER_WIDTH) return;
  api.applyColumnState({
    state: moved.map((c) => ({ colId: c.getColId(), pinned: c.getColDef().pinned ?? null })),
  });
}
