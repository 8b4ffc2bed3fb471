/**
 * What the status line says when someone types, presses F2, fills or clears a column the
 * grid will not write. A spreadsheet user expects every cell to take a keystroke; a cell
 * that silently ignores her leaves her thinking the app is stuck. The note names the
 * column and, for the region columns, the one she should edit instead.
 */
import { fieldLabel } from '../../../../shared/record-fields';

/** Columns the gazetteer fills from the region text: edited only through it. */
const FOLLOWS_REGION_TEXT: ReadonlySet<string> = new Set([
  'region',
  'regionCode',
  'province',
  'city',
  'county',
  'town',
  'unitCode',
]);

export function readOnlyNote(colId: string, header: string): string {
  const regionText = fieldLabel('regionText');
  if (FOLLOWS_REGION_TEXT.has(colId))
    return `「${header}」由「${regionText}」自动确定，不能直接修改：请修改「${regionText}」，它随之更新`;
  if (colId === 'kind') return `「${header}」不能清空：要改类别，请按 F2 选择`;
  return `「${header}」由台账自动生成，不能修改`;
}
