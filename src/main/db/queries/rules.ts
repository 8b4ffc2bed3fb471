/**
 * Reading and writing schedule rules. Rules from notices (notice_id set) are what a
 * notice said and are written by the importer; rules with notice_id NULL are the user's:
 * a programme's defaults, or — with params.recordId — one record's own (an extension).
 */
import type Database from 'better-sqlite3';
import type { RuleRow, ScheduleRule } from '../../../shared/schedule';
import { statement } from '../write/statements';

export type { RuleRow };

interface RawRule {
  id: number;
  notice_id: number | null;
  programme: string | null;
  kind: string;
  text: string;
  span_start: number | null;
  params: string;
  issued_on: string | null;
  doc_no: string | null;
  title: string | null;
  batch: string | null;
  role: string | null;
  issuer: string | null;
  file: string | null;
}

const SELECT = `SELECT r.id, r.notice_id, r.programme, r.kind, r.text, r.span_start, r.params,
                       n.issued_on, n.doc_no, n.title, r.batch, n.role, n.issuer, n.file
                  FROM rules r LEFT JOIN notices n ON n.id = r.notice_id`;

function parseParams(s: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(s);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const toRow = (r: RawRule): RuleRow => ({
  id: r.id,
  noticeId: r.notice_id,
  programme: r.programme,
  kind: r.kind,
  text: r.text,
  spanStart: r.span_start,
  params: parseParams(r.params),
  noticeIssuedOn: r.issued_on,
  noticeDocNo: r.doc_no,
  noticeTitle: r.title,
  batch: r.batch,
  noticeRole: r.role,
  noticeIssuer: r.issuer,
  noticeFile: r.file,
});

/** Every rule in force: a withdrawn notice (its import undone) says nothing any more. */
export function allRules(db: Database.Database): RuleRow[] {
  return (
    statement(
      db,
      `${SELECT} WHERE r.notice_id IS NULL OR n.withdrawn_at IS NULL ORDER BY r.id`,
    ).all() as RawRule[]
  ).map(toRow);
}

/** The rules in force among `ids` (allRules' answer for them), by id. */
export function rulesInForceByIds(db: Database.Database, ids: readonly number[]): RuleRow[] {
  return (
    statement(
      db,
      `${SELECT} WHERE r.id IN (SELECT value FROM json_each(?))
          AND (r.notice_id IS NULL OR n.withdrawn_at IS NULL) ORDER BY r.id`,
    ).all(JSON.stringify(ids)) as RawRule[]
  ).map(toRow);
}

export function ruleById(db: Database.Database, id: number): RuleRow | null {
  const r = statement(db, `${SELECT} WHERE r.id = ?`).get(id) as RawRule | undefined;
  return r ? toRow(r) : null;
}

export function toScheduleRule(r: RuleRow): ScheduleRule {
  const recordId = typeof r.params.recordId === 'number' ? r.params.recordId : null;
  return {
    id: r.id,
    noticeId: r.noticeId,
    noticeTitle: r.noticeTitle,
    programme: r.programme,
    kind: r.kind,
    text: r.text,
    params: r.params,
    source: r.noticeId !== null ? 'notice' : recordId !== null ? 'record' : 'default',
    recordId,
  };
}

export function getSetting(db: Database.Database, key: string): string | null {
  const row = statement(db, 'SELECT value FROM settings WHERE key = ?').get(key) as
    { value: string } | undefined;
  return row?.value ?? null;
}
