/**
 * AG Grid set-up shared by the record and notice grids: only the modules we use
 * (AllCommunityModule would add megabytes), and one theme.
 */
import {
  CellStyleModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  CustomEditorModule,
  EventApiModule,
  InfiniteRowModelModule,
  LargeTextEditorModule,
  LocaleModule,
  ModuleRegistry,
  NumberEditorModule,
  NumberFilterModule,
  RenderApiModule,
  RowApiModule,
  RowSelectionModule,
  ScrollApiModule,
  SelectEditorModule,
  TextEditorModule,
  TextFilterModule,
  TooltipModule,
  ValidationModule,
  themeQuartz,
  type Column,
  type ProcessUnpinnedColumnsParams,
} from 'ag-grid-community';

ModuleRegistry.registerModules([
  InfiniteRowModelModule,
  ClientSideRowModelModule,
  LocaleModule,
  TextEditorModule,
  NumberEditorModule,
  SelectEditorModule,
  LargeTextEditorModule,
  CustomEditorModule,
  TextFilterModule,
  NumberFilterModule,
  RowSelectionModule,
  CellStyleModule,
  TooltipModule,
  ColumnApiModule,
  RowApiModule,
  RenderApiModule,
  ScrollApiModule,
  EventApiModule,
  // Dev builds explain misconfigured options instead of failing silently.
  ...((import.meta as { env?: { DEV?: boolean } }).env?.DEV ? [ValidationModule] : []),
]);

export const gridTheme = themeQuartz.withParams({
  fontFamily: 'inherit',
  headerFontWeight: 600,
  spacing: 5,
  rowHeight: 32,
  headerHeight: 36,
});

/** The scrolling part the grid keeps however narrow it gets (its own constant, in px). */
const MIN_SCROLLING_WIDTH = 50;

/**
 * Which pinned columns to let scroll when a narrowed grid (the record panel open beside it)
 * cannot hold them all. The grid's default gives back the outermost first, so the row
 * checkboxes and the name scrolled away and the region stood alone at the left edge; here
 * the innermost go first and the checkboxes stay.
 */
export function unpinInnermostFirst(p: ProcessUnpinnedColumnsParams): Column[] {
  const pinned = [...p.api.getDisplayedLeftColumns(), ...p.api.getDisplayedRightColumns()];
  let excess =
    pinned.reduce((sum, c) => sum + c.getActualWidth(), 0) -
    (p.viewportWidth - MIN_SCROLLING_WIDTH);
  const out: Column[] = [];
  for (const c of [...p.api.getDisplayedLeftColumns()].reverse()) {
    if (excess <= 0) break;
    if (c.getColDef().lockPinned || c.getColId() === 'ag-Grid-SelectionColumn') continue;
    out.push(c);
    excess -= c.getActualWidth();
  }
  return excess > 0 ? p.columns : out;
}
