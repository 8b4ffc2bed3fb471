/**
 * A random namespace per ledger for calendar UIDs. A UID built from a record's identity
 * (programme, batch, unit code, milestone kind, due date) is stable when the ledger is rebuilt
 * or notices are imported in another order; the namespace keeps two offices' calendars (or
 * a test ledger's) from ever naming each other's events. Made here, once, so that exporting
 * a calendar only reads.
 */
import { randomUUID } from 'node:crypto';
import type { Migration } from './types';

export const CALENDAR_NAMESPACE_KEY = 'calendar.namespace';

export const calendarNamespace: Migration = {
  version: 4,
  name: 'calendar-namespace',
  up: (db) => {
    db.prepare('INSERT OR IGNORE INTO settings(key, value) VALUES (?, ?)').run(
      CALENDAR_NAMESPACE_KEY,
      randomUUID(),
    );
  },
};
