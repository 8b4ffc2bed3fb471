/** The records an export covers: live records of a kind, programme and year, as the grids show them. */
import type Database from 'better-sqlite3';
import type { LedgerRecord, RecordKind } from '../../../shared/domain';
import { listRecords, recordsByIds } from './records';

export interface ExportFilter {
  kind?: RecordKind;
  programme?: string;
  year?: number;
  /** Exactly these records, in this order (what a grid shows): the other filters still apply. */
  ids?: readonly number[];
}

export function selectForExport(db: Database.Database, f: ExportFilter): LedgerRecord[] {
  const pool = f.ids ? inOrder(db, f.ids, f.kind) : listRecords(db, f.kind);
  return pool.filter(
    (r) =>
      (f.programme === undefined || r.programme === f.programme) &&
      (f.year === undefined || r.year === f.year),
  );
}

/** The live records among ids, in the order given. */
function inOrder(db: Database.Database, ids: readonly number[], kind?: RecordKind): LedgerRecord[] {
  const live = new Set(listRecords(db, kind).map((r) => r.id));
  const byId = new Map(recordsByIds(db, ids).map((r) => [r.id, r]));
  return ids.filter((id) => live.has(id)).map((id) => byId.get(id)!);
}

/** Counts per programme and year, for the export screen's preview. */
export function exportPreview(db: Database.Database, f: ExportFilter) {
  const rows = selectForExport(db, f);
  const groups = new Map<string, { programme: string | null; year: number | null; rows: number }>();
  for (const r of rows) {
    const key = `${r.programme ?? ''}|${r.year ?? ''}`;
    const g = groups.get(key) ?? { programme: r.programme, year: r.year, rows: 0 };
    g.rows += 1;
    groups.set(key, g);
  }
  return { rows: rows.length, programmes: [...groups.values()] };
}

/** How far before a record's first mention a table header may stand. */
const HEADER_LOOKBACK = 2000;

/**
 * The column labels of the table a record was listed in, when its notice printed one
 * ("序号\t涉嫌违法社会组织"): other lists keep their own header. The labels after 序号, or
 * null when the record did not come from a table with a 序号 header.
 */
export function sourceTableHeader(db: Database.Database, recordId: number): string[] | null {
  const m = db
    .prepare(
      `SELECT n.raw_text AS text, m.span_start AS start FROM mentions m
         JOIN notices n ON n.id = m.notice_id
        WHERE m.record_id = ? ORDER BY m.id LIMIT 1`,
    )
    .get(recordId) as { text: string; start: number } | undefined;
  if (!m) return null;
  const before = m.text.slice(Math.max(0, m.start - HEADER_LOOKBACK), m.start);
  const lines = before.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const cells = (lines[i] ?? '').split('\t').map((c) => c.trim());
    if (cells[0] === '序号' && cells.length > 1 && cells.slice(1).every((c) => c && c.length <= 20))
      return cells.slice(1);
  }
  return null;
}
