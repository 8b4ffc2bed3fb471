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
