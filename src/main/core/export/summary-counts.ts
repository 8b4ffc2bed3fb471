/**
 * The numbers behind the leadership summary: how many records per province (rows) and per
 * programme × year (columns), with row and column totals. Pure data, so the totals can be
 * checked against the input independently of the spreadsheet.
 */
import type { LedgerRecord } from '../../../shared/domain';
import { RECORD_KIND_LABELS } from '../../../shared/domain';
import { compareProvince, provinceOf } from './provinces';
import { recordCode } from './record-order';

export interface SummaryColumn {
  programme: string;
  year: number | null;
  key: string;
}

export interface SummaryRow {
  province: string;
  counts: number[];
  total: number;
}

export interface SummaryCounts {
  columns: SummaryColumn[];
  rows: SummaryRow[];
  columnTotals: number[];
  grandTotal: number;
}

export const programmeLabel = (r: LedgerRecord): string =>
  r.programme?.trim() || `${RECORD_KIND_LABELS[r.kind]}（未注明项目）`;

export const yearLabel = (year: number | null): string =>
  year === null ? '年份未注明' : `${year}年`;

export function summaryCounts(records: readonly LedgerRecord[]): SummaryCounts {
  const columns = new Map<string, SummaryColumn>();
  const provinces = new Map<
    string,
    { name: string; sortCode: string | null; byColumn: Map<string, number> }
  >();
  for (const r of records) {
    const programme = programmeLabel(r);
    const key = `${programme}\u0000${r.year ?? ''}`;
    if (!columns.has(key)) columns.set(key, { programme, year: r.year, key });
    const p = provinceOf(r.province, recordCode(r));
    let row = provinces.get(p.name);
    if (!row) provinces.set(p.name, (row = { ...p, byColumn: new Map() }));
    row.byColumn.set(key, (row.byColumn.get(key) ?? 0) + 1);
  }
  // Programmes by their first year, then name; years ascending, unknown year last.
  const first = new Map<string, number>();
  for (const c of columns.values()) {
    first.set(c.programme, Math.min(first.get(c.programme) ?? Infinity, c.year ?? Infinity));
  }
  const cols = [...columns.values()].sort(
    (a, b) =>
      (first.get(a.programme) ?? 0) - (first.get(b.programme) ?? 0) ||
      a.programme.localeCompare(b.programme, 'zh-CN') ||
      (a.year ?? Infinity) - (b.year ?? Infinity),
  );
  const rows = [...provinces.values()].sort(compareProvince).map((p) => {
    const counts = cols.map((c) => p.byColumn.get(c.key) ?? 0);
    return { province: p.name, counts, total: counts.reduce((s, n) => s + n, 0) };
  });
  const columnTotals = cols.map((_, i) => rows.reduce((s, r) => s + (r.counts[i] ?? 0), 0));
  return { columns: cols, rows, columnTotals, grandTotal: records.length };
}
