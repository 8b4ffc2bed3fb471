/**
 * The schedule: rules → milestones → deadline views, reminders and calendar files.
 * Everything the API, the importer and the CLI need from it is exported here.
 */
import type Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { todayInChina } from './dates';
import { listDeadlines } from './deadline-list';
import { isCompleted, milestonesToIcs } from './ics';
import { calendarIdentities, calendarNamespace } from '../../db/queries/calendar';
import { ensureHorizon } from './regenerate';
import type { IcsExport } from './shapes';

export { countDeadlines, listDeadlines } from './deadline-list';
export { milestonesToIcs } from './ics';
export {
  regenerateAll,
  regenerateForNotice,
  regenerateForRecords,
  ensureHorizon,
} from './regenerate';
export { saveUserRule, setExtension, updateMilestoneStatus } from './edits';
export { todayInChina } from './dates';

export interface DeadlineQuery {
  asOf?: string;
  withinDays?: number;
  recordId?: number;
}

/** The deadline list as the contract's deadlines/list returns it (as-of defaults to today in Beijing). */
export function deadlines(db: Database.Database, q: DeadlineQuery = {}) {
  const asOf = q.asOf ?? todayInChina();
  ensureHorizon(db, asOf);
  return listDeadlines(db, asOf, q);
}

/**
 * ICS text of the same selection, for the contract's deadlines/ics and the renderer's
 * download: UIDs from each deadline's identity under the ledger's namespace, completed and
 * waived items left out unless `includeDone`.
 */
export function deadlinesIcs(
  db: Database.Database,
  q: DeadlineQuery & { includeDone?: boolean } = {},
  now = new Date(),
): IcsExport {
  const items = deadlines(db, q);
  const asOf = q.asOf ?? todayInChina(now);
  const included = q.includeDone ? items : items.filter((i) => !isCompleted(i));
  return {
    ics: milestonesToIcs(included, {
      now,
      namespace: calendarNamespace(db),
      identities: calendarIdentities(db),
      includeDone: true,
    }),
    events: included.length,
    fileName: `台账期限-${asOf}.ics`,
  };
}

/** For the CLI `export ics --out <file>`: writes the file, answers like export/create. */
export function exportDeadlinesIcs(
  db: Database.Database,
  out: string,
  q: DeadlineQuery & { includeDone?: boolean } = {},
): { file: string; rows: number } {
  const { ics, events } = deadlinesIcs(db, q);
  writeFileSync(out, ics, 'utf8');
  return { file: out, rows: events };
}
