/**
 * Read-only views of the ledger for the pages around the grids: each grid's column layout
 * and named saved views (kept in the ledger's `settings` table, so they travel with the
 * file to another machine). Saving a layout or a view is an operation like any other
 * (src/main/app/views). The home page's summary is home-summary.ts.
 */
import type Database from 'better-sqlite3';
import type { ColumnLayout, GridSettings, SavedView } from '../../../shared/domain';

export const layoutKey = (grid: string) => `grid.${grid}.layout`;
export const viewsKey = (grid: string) => `grid.${grid}.views`;

function readJson<T>(db: Database.Database, key: string, fallback: T): T {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as
    { value: string } | undefined;
  if (!row) return fallback;
  try {
    return JSON.parse(row.value) as T;
  } catch {
    return fallback; // a damaged preference must never stop the grid from opening
  }
}

export function gridSettings(db: Database.Database, grid: string): GridSettings {
  return {
    layout: readJson<ColumnLayout[] | null>(db, layoutKey(grid), null),
    views: readJson<SavedView[]>(db, viewsKey(grid), []),
  };
}
