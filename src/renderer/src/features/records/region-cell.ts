/**
 * The 区划（名称与代码） cell: the names on the first line, their codes small under them, so
 * the column is narrow enough to stand whole beside the filters at 1280 px. The cell's value
 * (copy, tooltip, export of the view) stays the one-line label. A plain DOM renderer, not a
 * React one: drawn with the row, so a view reloading (a search cleared) is not slowed by a
 * React portal per cell — the select-all tick right after lost its click while they mounted.
 */
import type { ICellRendererComp, ICellRendererParams } from 'ag-grid-community';
import type { GridRecord } from '../../../../shared/domain';
import { regionLines } from './region-label';

export class RegionCell implements ICellRendererComp<GridRecord> {
  private readonly gui = document.createElement('span');

  init(p: ICellRendererParams<GridRecord, string>): void {
    this.gui.className = 'region-cell';
    this.show(p.value ?? '');
  }

  getGui(): HTMLElement {
    return this.gui;
  }

  refresh(p: ICellRendererParams<GridRecord, string>): boolean {
    this.show(p.value ?? '');
    return true;
  }

  private show(label: string): void {
    const { names, codes } = regionLines(label);
    const line = (className: string, text: string) => {
      const s = document.createElement('span');
      s.className = className;
      s.textContent = text;
      return s;
    };
    this.gui.replaceChildren(
      ...(label ? [line('region-cell-names', names)] : []),
      ...(codes ? [line('region-cell-codes', codes)] : []),
    );
  }
}
