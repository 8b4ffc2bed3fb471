/**
 * Read-only views of the ledger for the pages around the grids: each grid's column layout
 * and named saved views (kept in the ledger's `settings` table, so they travel with the
 * file to another machine), and the home page's summary. Saving a layout or a view is an
 * operation like any other (src/main/app/views).
 */
import type Database from 'better-sqlite3';
import { isChecked } from '../../../shared/warning-checks';
import { warningChecks } from './warning-checks';
import { parseNoticeWarnings } from '../../../shared/notice-warnings';
import type { ColumnLayout, GridSettings, HomeSummary, SavedView } from '../../../shared/domain';
import { countNotices } from './notices';
import { countByKind } from './records';
import { LIVE } from './record-search';
import { CHINA_TODAY_SQL, shownStatusSql } from './shown-status';

export const layoutKey = (grid: string) => `grid.${grid}.layout`;
export const viewsKey = (grid: string) => `grid.${grid}.views`;

function readJson<T>(db: Database.Database, key: string, fallback: T): T {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as
    { value: string } | undefined;
  if (!row) return fallback;
  try {
    return JSON.parse(row.value) as T;
  } catch {
    return fallback; // a damaged preference must never stop the grid from opening
  }
}

export function gridSettings(db: Database.Database, grid: string): GridSettings {
  return {
    layout: readJson<ColumnLayout[] | null>(db, layoutKey(grid), null),
    views: readJson<SavedView[]>(db, viewsKey(grid), []),
  };
}

/** Counts by kind, province, programme and status (as shown); notices waiting for review; recent imports. */
export function homeSummary(db: Database.Database, asOf?: string): HomeSummary {
  const byProvince = db
    .prepare(
      `SELECT r.province, count(*) AS count FROM records r WHERE ${LIVE} GROUP BY r.province ORDER BY count DESC LIMIT 40`,
    )
    .all() as HomeSummary['byProvince'];
  const byProgramme = db
    .prepare(
      `SELECT r.programme, count(*) AS count FROM records r WHERE ${LIVE} GROUP BY r.programme ORDER BY count DESC LIMIT 20`,
    )
    .all() as HomeSummary['byProgramme'];
  // the status as the grid shows it (written, else read from the milestones)
  const byStatus = db
    .prepare(
      `SELECT ${shownStatusSql(asOf ? '@asOf' : CHINA_TODAY_SQL)} AS status, r.kind, count(*) AS count
         FROM records r WHERE ${LIVE} GROUP BY 1, r.kind ORDER BY count DESC LIMIT 100`,
    )
    .all(asOf ? { asOf } : {}) as HomeSummary['byStatus'];
  const byProvinceProgramme = db
    .prepare(
      `SELECT r.province, r.programme, r.kind, count(*) AS count FROM records r WHERE ${LIVE}
        GROUP BY r.province, r.programme, r.kind ORDER BY count DESC LIMIT 400`,
    )
    .all() as HomeSummary['byProvinceProgramme'];
  const noticeRows = db
    .prepare(
      `SELECT id, title, file, warnings FROM notices
        WHERE withdrawn_at IS NULL AND json_array_length(warnings) > 0 ORDER BY imported_at DESC, id DESC LIMIT 50`,
    )
    .all() as { id: number; title: string | null; file: string; warnings: string }[];
  const checks = warningChecks(db);
  const warnings = noticeRows.flatMap((n) => {
    // Only warnings still waiting: one marked 已核对 no longer counts.
    const list = parseNoticeWarnings(n.warnings).filter((w) => !isChecked(checks, n.id, w));
    if (list.length === 0) return [];
    return [
      {
        noticeId: n.id,
        title: n.title,
        file: n.file,
        count: list.length,
        codes: [...new Set(list.map((w) => w.code))],
      },
    ];
  });
  const recentImports = (
    db
      .prepare(
        `SELECT id, summary, records, created_at, undone_at, notice_id FROM operations WHERE kind = 'import' ORDER BY id DESC LIMIT 10`,
      )
      .all() as {
      id: number;
      summary: string;
      records: number;
      created_at: string;
      undone_at: string | null;
      notice_id: number | null;
    }[]
  ).map((o) => ({
    opId: o.id,
    // Older imports said their count in the summary; newer ones keep it beside it.
    summary: /条记录/.test(o.summary) ? o.summary : `${o.summary}（${o.records} 条记录）`,
    at: o.created_at,
    undone: o.undone_at !== null,
    noticeId: o.notice_id,
  }));
  return {
    notices: countNotices(db),
    byKind: countByKind(db),
    byProvince,
    byProgramme,
    byProvinceProgramme,
    byStatus,
    warnings,
    recentImports,
  };
}
