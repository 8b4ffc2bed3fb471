/**
 * A grid's column layout and its named saved views, kept in the ledger's settings (so
 * they follow the file). Each save is one operation: 撤销 takes a view or a layout back.
 * A save that changes nothing is no operation at all (a grid re-announcing its layout on
 * opening leaves the history alone).
 */
import { AppError } from '../../../shared/app-error';
import type { ColumnLayout, GridSettings, SavedView } from '../../../shared/domain';
import { RECORD_KIND_LABELS, RECORD_KINDS } from '../../../shared/domain';
import type { LedgerHandle } from '../../db/ledger';
import { gridSettings, layoutKey, viewsKey } from '../../db/queries/views';
import { withOperation } from '../../db/write/with-operation';

/** How the history names a grid: its kind's label where it is a records grid. */
const gridName = (grid: string) => {
  const kind = RECORD_KINDS.find((k) => grid === k || grid === `records-${k}`);
  return kind ? `「${RECORD_KIND_LABELS[kind]}」表格` : `表格 ${grid}`;
};

const json = (v: unknown) => (v === null ? null : JSON.stringify(v));

export function saveLayout(
  ledger: LedgerHandle,
  grid: string,
  layout: ColumnLayout[] | null,
): GridSettings {
  const summary = layout === null ? `恢复${gridName(grid)}的默认列` : `调整${gridName(grid)}的列`;
  withOperation(ledger, { kind: 'layout', summary }, (tx) =>
    tx.setSetting(layoutKey(grid), json(layout)),
  );
  return gridSettings(ledger.db, grid);
}

/** Each view is bounded by the contract; their number is bounded here. */
export const MAX_VIEWS_PER_GRID = 50;

/** Saving a view under an existing name replaces it (as 另存为 with the same name would). */
export function saveView(ledger: LedgerHandle, grid: string, view: SavedView): GridSettings {
  const views = gridSettings(ledger.db, grid).views.filter((v) => v.name !== view.name);
  if (views.length >= MAX_VIEWS_PER_GRID)
    throw new AppError(
      'too_many_views',
      `每个表格最多保存 ${MAX_VIEWS_PER_GRID} 个视图，请先删除不用的视图再保存。`,
    );
  views.push(view);
  views.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  withOperation(
    ledger,
    { kind: 'view', summary: `保存${gridName(grid)}的视图「${view.name}」` },
    (tx) => tx.setSetting(viewsKey(grid), JSON.stringify(views)),
  );
  return gridSettings(ledger.db, grid);
}

export function deleteView(ledger: LedgerHandle, grid: string, name: string): GridSettings {
  const views = gridSettings(ledger.db, grid).views.filter((v) => v.name !== name);
  withOperation(ledger, { kind: 'view', summary: `删除${gridName(grid)}的视图「${name}」` }, (tx) =>
    tx.setSetting(viewsKey(grid), JSON.stringify(views)),
  );
  return gridSettings(ledger.db, grid);
}
