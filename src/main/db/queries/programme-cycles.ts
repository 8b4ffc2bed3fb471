/**
 * What the schedule needs to know whether a programme is over (core/schedule/programme-end.ts):
 * each live record of the programmes, with its stored cycle-ending duties (a record with none
 * comes once, with a null kind), and the notices whose yearly rounds depend on it.
 */
import type Database from 'better-sqlite3';
import { RECORD_KINDS } from '../../../shared/domain';
import { statement } from '../write/statements';
import { LIVE } from './live';

/**
 * Every kind, spelled out so the named programmes are sought in the live programme index
 * (kind, programme, year) instead of the whole ledger being scanned for them.
 */
const ANY_KIND = RECORD_KINDS.map((k) => `'${k}'`).join(', ');

export interface StoredDuty {
  recordId: number;
  programme: string | null;
  kind: string | null;
  dueOn: string | null;
  endOn: string | null;
}

/**
 * The statement behind storedCycleDuties: with `named`, only the records of the programmes in
 * @p, sought in the live programme index; without, every live record with a programme. The
 * index is named: the region index also holds each record's programme, and without the
 * ledger's statistics the planner would walk it whole for a kind as a covering index rather
 * than seek the named programmes.
 */
export function cycleDutiesSql(named: boolean): string {
  return `SELECT r.id AS recordId, r.programme, m.kind, m.due_on AS dueOn, m.end_on AS endOn
       FROM records r${named ? ' INDEXED BY records_live_programme' : ''}
       LEFT JOIN milestones m ON m.record_id = r.id
            AND m.kind IN (SELECT value FROM json_each(@kinds))
      WHERE ${LIVE} AND ${
        named
          ? `r.kind IN (${ANY_KIND}) AND r.programme IN (SELECT value FROM json_each(@p))`
          : 'r.programme IS NOT NULL'
      }`;
}

/** The stored duties of these kinds of the live records of these programmes (null: every programme). */
export function storedCycleDuties(
  db: Database.Database,
  programmes: readonly string[] | null,
  kinds: readonly string[],
): StoredDuty[] {
  const p = programmes === null ? null : JSON.stringify(programmes);
  return statement(db, cycleDutiesSql(p !== null)).all({
    kinds: JSON.stringify(kinds),
    ...(p === null ? {} : { p }),
  }) as StoredDuty[];
}

/**
 * The notices stating a yearly application deadline for any of these programmes: their rounds end
 * with it (a yearly filing, `filing`, plans no round).
 */
export function annualCallNotices(db: Database.Database, programmes: readonly string[]): number[] {
  if (programmes.length === 0) return [];
  return (
    statement(
      db,
      `SELECT DISTINCT notice_id AS id FROM rules
        WHERE kind = 'annual_deadline' AND notice_id IS NOT NULL
          AND json_extract(params, '$.filing') IS NOT 1
          AND programme IN (SELECT value FROM json_each(?))`,
    ).all(JSON.stringify(programmes)) as { id: number }[]
  ).map((r) => r.id);
}

/** The pending, unannotated yearly application rounds of these notices, with their programme. */
export function openRoundsOf(
  db: Database.Database,
  noticeIds: readonly number[],
): { id: number; dueOn: string; programme: string }[] {
  return statement(
    db,
    `SELECT m.id, m.due_on AS dueOn, r.programme
       FROM milestones m JOIN rules r ON r.id = m.rule_id
      WHERE m.record_id IS NULL AND m.kind = 'application_due' AND m.status = 'pending'
        AND (m.note IS NULL OR m.note = '') AND r.programme IS NOT NULL
        AND m.notice_id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(noticeIds)) as { id: number; dueOn: string; programme: string }[];
}

/** The dated confirmations of these programmes still in the ledger, by programme. */
export function confirmationsOf(
  db: Database.Database,
  programmes: readonly string[],
): Map<string, { id: number; issuedOn: string; title: string | null }[]> {
  const rows = statement(
    db,
    `SELECT id, programme, issued_on AS issuedOn, title FROM notices
      WHERE withdrawn_at IS NULL AND role = 'confirmation' AND issued_on IS NOT NULL
        AND programme IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(programmes)) as {
    id: number;
    programme: string;
    issuedOn: string;
    title: string | null;
  }[];
  const out = new Map<string, { id: number; issuedOn: string; title: string | null }[]>();
  for (const r of rows) out.set(r.programme, [...(out.get(r.programme) ?? []), r]);
  return out;
}
