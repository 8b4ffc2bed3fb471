/**
 * A grid row's status when staff have not written one: read from its milestones by the very
 * function the Excel export uses (core/export/record-status.ts), so the grid and the
 * workbook never disagree about a zone being 待验收.
 */
import type Database from 'better-sqlite3';
import type { GridRecord } from '../../../shared/domain';
import { recordStatus } from '../../core/export/record-status';
import { todayInChina } from '../../core/schedule/dates';
import { milestoneStatesOf } from '../../db/queries/milestones';

export function withDerivedStatus(
  db: Database.Database,
  rows: GridRecord[],
  asOf = todayInChina(),
): GridRecord[] {
  const blank = rows.filter((r) => !r.status?.trim());
  if (blank.length === 0) return rows;
  const states = milestoneStatesOf(
    db,
    blank.filter((r) => r.kind === 'zone').map((r) => r.id),
  );
  return rows.map((r) =>
    r.status?.trim() ? r : { ...r, derivedStatus: recordStatus(r, states.get(r.id) ?? [], asOf) },
  );
}
