/** Reading notices out of the ledger, shaped as the contract's Notice. */
import type Database from 'better-sqlite3';
import { parseNoticeWarnings } from '../../../shared/notice-warnings';
import type { Notice } from '../../../shared/domain';
import { NOTICE_ROLES, type NoticeRole } from '../../../shared/notice-roles';
import { statement } from '../write/statements';

interface NoticeRow {
  id: number;
  file: string;
  sha256: string;
  title: string | null;
  issuer: string | null;
  doc_no: string | null;
  issued_on: string | null;
  kind: string | null;
  role: string | null;
  batch: string | null;
  date_from_file: number;
  warnings: string;
  imported_at: string;
}

const COLUMNS =
  'id, file, sha256, title, issuer, doc_no, issued_on, kind, role, batch, date_from_file, warnings, imported_at';
/** Withdrawn notices (their import was undone) are not listed. */
const LIVE = 'withdrawn_at IS NULL';

export const toNotice = (r: NoticeRow): Notice => ({
  id: r.id,
  file: r.file,
  sha256: r.sha256,
  title: r.title,
  issuer: r.issuer,
  docNo: r.doc_no,
  issuedOn: r.issued_on,
  kind: r.kind,
  role: (NOTICE_ROLES as readonly string[]).includes(r.role ?? '') ? (r.role as NoticeRole) : null,
  batch: r.batch,
  dateFromFile: r.date_from_file === 1,
  warnings: parseNoticeWarnings(r.warnings),
  importedAt: r.imported_at,
});

export function listNotices(db: Database.Database): Notice[] {
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM notices WHERE ${LIVE} ORDER BY id`)
    .all() as NoticeRow[];
  return rows.map(toNotice);
}

/** The programme each live notice names (null where none), by notice id. */
export function noticeProgrammes(db: Database.Database): Map<number, string | null> {
  const rows = db.prepare(`SELECT id, programme FROM notices WHERE ${LIVE}`).all() as {
    id: number;
    programme: string | null;
  }[];
  return new Map(rows.map((r) => [r.id, r.programme]));
}

export function noticesByIds(db: Database.Database, ids: readonly number[]): Notice[] {
  if (ids.length === 0) return [];
  const stmt = statement(db, `SELECT ${COLUMNS} FROM notices WHERE id = ?`);
  return ids
    .map((id) => stmt.get(id) as NoticeRow | undefined)
    .filter((r): r is NoticeRow => !!r)
    .map(toNotice);
}

export function countNotices(db: Database.Database): number {
  return (
    db.prepare('SELECT count(*) AS n FROM notices WHERE withdrawn_at IS NULL').get() as {
      n: number;
    }
  ).n;
}
