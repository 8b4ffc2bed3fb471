/**
 * 首页's summary: counts by kind, province, programme and status (as shown), the notices
 * waiting for review and the recent imports.
 *
 * The live records are read ONCE, grouped by kind, province, programme and shown status, and
 * the five tallies the page draws are summed from those groups (a few hundred rows even at
 * 100k records). Five separate GROUP BYs each walked the whole ledger — two of them through
 * an index with a lookup per record — and held the single backend thread for most of a second
 * at 100k while every other page's request waited behind them.
 */
import type Database from 'better-sqlite3';
import { RECORD_KINDS, type HomeSummary, type RecordKind } from '../../../shared/domain';
import { parseNoticeWarnings } from '../../../shared/notice-warnings';
import { storedNoticeName } from './notice-name';
import { importCountText } from '../../../shared/operations';
import { isChecked } from '../../../shared/warning-checks';
import { LIVE } from './live';
import { countNotices } from './notices';
import { WITH_JOINS } from './operations';
import { CHINA_TODAY_SQL, shownStatusSql } from './shown-status';
import { warningChecks } from './warning-checks';

interface Group {
  kind: RecordKind;
  province: string | null;
  programme: string | null;
  status: string | null;
  count: number;
}

/** Keys compared as SQLite's BINARY collation orders them: NULL first, then UTF-8 bytes. */
function sqlCompare(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/**
 * The groups summed by `keys`, most first and at most `limit` of them. Equal counts keep the
 * order the per-tally statements read before gave them (GROUP BY … ORDER BY count DESC LIMIT
 * n; SQLite leaves ties as its sorter met them): keys descending for the one-key tallies
 * (province, programme), ascending for the others — so the bars, the table and the rows kept
 * at each limit are the same as before, compared on the 1k and the 100k ledger.
 */
function tally<K extends keyof Group>(
  groups: readonly Group[],
  keys: readonly K[],
  limit: number,
  ties: 'asc' | 'desc',
): (Pick<Group, K> & { count: number })[] {
  const sums = new Map<string, Pick<Group, K> & { count: number }>();
  for (const g of groups) {
    const id = JSON.stringify(keys.map((k) => g[k]));
    const had = sums.get(id);
    if (had) had.count += g.count;
    else
      sums.set(id, {
        ...(Object.fromEntries(keys.map((k) => [k, g[k]])) as Pick<Group, K>),
        count: g.count,
      });
  }
  const byKeys = (a: Pick<Group, K>, b: Pick<Group, K>) => {
    for (const k of keys) {
      const c = sqlCompare(a[k] as string | null, b[k] as string | null);
      if (c !== 0) return ties === 'asc' ? c : -c;
    }
    return 0;
  };
  return [...sums.values()].sort((a, b) => b.count - a.count || byKeys(a, b)).slice(0, limit);
}

/**
 * The live records grouped once: kind, province, programme and the status the grid shows (by
 * position: a bare `status` in GROUP BY is the written column, not the shown one). NOT INDEXED: with a ledger's statistics SQLite walks the place index and looks every record
 * up by id for its programme — several times the work of reading the table in order.
 */
export const recordGroupsSql = (asOf: string) =>
  `SELECT r.kind, r.province, r.programme, ${shownStatusSql(asOf)} AS status, count(*) AS count
     FROM records r NOT INDEXED WHERE ${LIVE}
    GROUP BY r.kind, r.province, r.programme, 4`;

function recordGroups(db: Database.Database, asOf?: string): Group[] {
  return db
    .prepare(recordGroupsSql(asOf ? '@asOf' : CHINA_TODAY_SQL))
    .all(asOf ? { asOf } : {}) as Group[];
}

function waitingWarnings(db: Database.Database): HomeSummary['warnings'] {
  const noticeRows = db
    .prepare(
      `SELECT id, title, file, warnings FROM notices
        WHERE withdrawn_at IS NULL AND json_array_length(warnings) > 0 ORDER BY imported_at DESC, id DESC LIMIT 50`,
    )
    .all() as { id: number; title: string | null; file: string; warnings: string }[];
  const checks = warningChecks(db);
  return noticeRows.flatMap((n) => {
    // Only warnings still waiting: one marked 已核对 no longer counts.
    const list = parseNoticeWarnings(n.warnings).filter((w) => !isChecked(checks, n.id, w));
    if (list.length === 0) return [];
    return [
      {
        noticeId: n.id,
        title: n.title,
        file: n.file,
        name: storedNoticeName(db, n.id) ?? n.file,
        count: list.length,
        codes: [...new Set(list.map((w) => w.code))],
      },
    ];
  });
}

function recentImports(db: Database.Database): HomeSummary['recentImports'] {
  // The records each created, and apart those it joined (as 操作记录 counts them): a progress
  // report's "0 条记录" read as "did nothing", an acceptance's "9 条记录" as nine new zones.
  const rows = db
    .prepare(
      `SELECT ${WITH_JOINS} FROM operations o WHERE o.kind = 'import' ORDER BY o.id DESC LIMIT 10`,
    )
    .all() as {
    id: number;
    summary: string;
    records: number;
    created_at: string;
    undone_at: string | null;
    notice_id: number | null;
    joined: number | null;
    joined_changed: number | null;
    duty_records: number;
  }[];
  return rows.map((o) => ({
    opId: o.id,
    // Older imports said their count in the summary; newer ones keep it beside it.
    summary: /条记录/.test(o.summary)
      ? o.summary
      : `${o.summary}${importCountText({
          // a record whose only change was a duty is no record the import made
          records: Math.max(0, o.records - o.duty_records - (o.joined_changed ?? 0)),
          joined: o.joined ?? 0,
        })}`,
    at: o.created_at,
    undone: o.undone_at !== null,
    noticeId: o.notice_id,
  }));
}

/** Counts by kind, province, programme and status (as shown); notices waiting for review; recent imports. */
export function homeSummary(db: Database.Database, asOf?: string): HomeSummary {
  const groups = recordGroups(db, asOf);
  const byKind = Object.fromEntries(RECORD_KINDS.map((k) => [k, 0])) as Record<RecordKind, number>;
  for (const g of groups) byKind[g.kind] += g.count;
  return {
    notices: countNotices(db),
    byKind,
    byProvince: tally(groups, ['province'], 40, 'desc'),
    byProgramme: tally(groups, ['programme'], 20, 'desc'),
    byProvinceProgramme: tally(groups, ['province', 'programme', 'kind'], 400, 'asc'),
    byStatus: tally(groups, ['status', 'kind'], 100, 'asc'),
    warnings: waitingWarnings(db),
    recentImports: recentImports(db),
  };
}
