/**
 * A grid row's status when staff have not written one: read from its milestones by the one
 * expression the panel, the 状态 facet, quick search and the home page read too
 * (db/queries/shown-status.ts, held equal to the workbook's core/export/record-status.ts),
 * so the grid never shows a status the rest of the app does not count.
 */
import type Database from 'better-sqlite3';
import type { GridRecord } from '../../../shared/domain';
import { todayInChina } from '../../core/schedule/dates';
import { shownStatuses } from '../../db/queries/shown-status';

export function withDerivedStatus<T extends Pick<GridRecord, 'id' | 'status' | 'derivedStatus'>>(
  db: Database.Database,
  rows: T[],
  asOf = todayInChina(),
): T[] {
  const blank = rows.filter((r) => !r.status?.trim());
  if (blank.length === 0) return rows;
  const shown = shownStatuses(
    db,
    blank.map((r) => r.id),
    asOf,
  );
  return rows.map((r) => {
    const derived = r.status?.trim() ? undefined : shown.get(r.id);
    return derived ? { ...r, derivedStatus: derived } : r;
  });
}
