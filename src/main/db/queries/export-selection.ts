/** The records an export covers: live records of a kind, programme and year, as the grids show them. */
import type Database from 'better-sqlite3';
import type { LedgerRecord, RecordKind } from '../../../shared/domain';
import { listRecords } from './records';

export interface ExportFilter {
  kind?: RecordKind;
  programme?: string;
  year?: number;
}

export function selectForExport(db: Database.Database, f: ExportFilter): LedgerRecord[] {
  return listRecords(db, f.kind).filter(
    (r) =>
      (f.programme === undefined || r.programme === f.programme) &&
      (f.year === undefined || r.year === f.year),
  );
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
