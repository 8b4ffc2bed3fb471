/**
 * The 区划（名称与代码） cell: the names on the first line, their codes small under them, so
 * the column is narrow enough to stand whole beside the filters at 1280 px. The cell's value
 * (copy, tooltip, export of the view) stays the one-line label.
 */
import type { CustomCellRendererProps } from 'ag-grid-react';
import type { GridRecord } from '../../../../shared/domain';
import { regionLines } from './region-label';

export function RegionCell(p: CustomCellRendererProps<GridRecord, string>) {
  const label = p.value ?? '';
  if (!label) return null;
  const { names, codes } = regionLines(label);
  return (
    <span className="region-cell">
      <span className="region-cell-names">{names}</span>
      {codes && <span className="region-cell-codes">{codes}</span>}
    </span>
  );
}
