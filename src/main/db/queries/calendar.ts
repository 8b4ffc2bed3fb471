/**
 * What a calendar event's identity is made of, read for every milestone: the record's
 * programme, batch or year and unit code (a notice-level deadline: its notice's programme, or
 * the notice file's hash), and when the milestone or its record last changed. Never row ids:
 * those differ when a ledger is rebuilt or notices are imported in another order.
 */
import type Database from 'better-sqlite3';
import { CALENDAR_NAMESPACE_KEY } from '../migrations/0004-calendar-namespace';

export interface CalendarIdentity {
  /** programme | batch-or-year | unit code (or notice hash) — joined with kind and due date. */
  subject: string[];
  /** ISO time of the last change to the milestone or its record. */
  changedAt: string;
}

interface Row {
  id: number;
  m_updated: string;
  programme: string | null;
  batch: string | null;
  year: number | null;
  unit_code: string | null;
  region_code: string | null;
  region_text: string | null;
  r_updated: string | null;
  n_programme: string | null;
  sha256: string | null;
}

export function calendarIdentities(db: Database.Database): Map<number, CalendarIdentity> {
  const rows = db
    .prepare(
      `SELECT m.id, m.updated_at AS m_updated,
              r.programme, r.batch, r.year, r.unit_code, r.region_code, r.region_text,
              r.updated_at AS r_updated, n.programme AS n_programme, n.sha256
         FROM milestones m
         LEFT JOIN records r ON r.id = m.record_id
         LEFT JOIN notices n ON n.id = m.notice_id`,
    )
    .all() as Row[];
  const out = new Map<number, CalendarIdentity>();
  for (const r of rows) {
    const subject =
      r.r_updated !== null
        ? [
            r.programme ?? '',
            r.batch ?? String(r.year ?? ''),
            r.unit_code ?? r.region_code ?? r.region_text ?? '',
          ]
        : [r.n_programme ?? '', '', `notice:${r.sha256 ?? ''}`];
    const changedAt = r.r_updated && r.r_updated > r.m_updated ? r.r_updated : r.m_updated;
    out.set(r.id, { subject, changedAt });
  }
  return out;
}

/** The ledger's random calendar namespace (made by migration 4). */
export function calendarNamespace(db: Database.Database): string {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(CALENDAR_NAMESPACE_KEY) as
    { value: string } | undefined;
  // Only a ledger opened without migrating could lack it; its UIDs are then still stable.
  return row?.value ?? 'taizhang';
}
