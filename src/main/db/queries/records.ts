/**
 * Reading records out of the ledger. Only live records (not merged away, not deleted)
 * are listed; grids read them page by page with keyset-free LIMIT/OFFSET on indexed sorts.
 */
import type Database from 'better-sqlite3';
import { RECORD_FIELD_NAMES, RECORD_FIELDS } from '../../../shared/record-fields';
import { LIVE } from './live';
import { statement } from '../write/statements';
import type { GridRecord, LedgerRecord, Mention, Page, RecordKind } from '../../../shared/domain';
import { RECORD_KINDS } from '../../../shared/domain';
import { storedRecordName } from '../../../shared/record-name';
import {
  buildWhere,
  FIELD_SQL,
  HAS_DUPLICATES_SQL,
  HAS_WARNINGS_SQL,
  type GridQuery,
  type Where,
} from './record-search';
import { registerSearchFunctions } from './pending-search';
import { CHINA_TODAY_SQL, shownStatusSql } from './shown-status';

/** A record as stored, already named as in the contract (the SELECT aliases each column). */
type RecordRow = Omit<LedgerRecord, 'mentions'>;

/** Every record field but the modification time, selected under its contract name. */
const COLUMNS = RECORD_FIELD_NAMES.filter((n) => n !== 'updatedAt')
  .map((n) => `r.${RECORD_FIELDS[n].column} AS ${n}`)
  .join(', ');

function attachMentions<R extends RecordRow>(
  db: Database.Database,
  rows: R[],
): (R & { mentions: Mention[] })[] {
  if (rows.length === 0) return [];
  const byRecord = new Map<number, Mention[]>();
  const stmt = statement(
    db,
    `SELECT m.record_id, m.notice_id, n.file, m.seq, m.span_start, m.span_end
       FROM mentions m JOIN notices n ON n.id = m.notice_id
      WHERE m.record_id IN (SELECT value FROM json_each(?)) ORDER BY m.id`,
  );
  const found = stmt.all(JSON.stringify(rows.map((r) => r.id))) as {
    record_id: number;
    notice_id: number;
    file: string;
    seq: number | null;
    span_start: number;
    span_end: number;
  }[];
  for (const m of found) {
    const list = byRecord.get(m.record_id) ?? [];
    list.push({
      noticeId: m.notice_id,
      file: m.file,
      seq: m.seq,
      start: m.span_start,
      end: m.span_end,
    });
    byRecord.set(m.record_id, list);
  }
  return rows.map((r) => ({
    ...r,
    mentions: byRecord.get(r.id) ?? [],
  }));
}

export function listRecords(db: Database.Database, kind?: RecordKind): LedgerRecord[] {
  const rows = (
    kind
      ? db
          .prepare(`SELECT ${COLUMNS} FROM records r WHERE ${LIVE} AND r.kind = ? ORDER BY r.id`)
          .all(kind)
      : db.prepare(`SELECT ${COLUMNS} FROM records r WHERE ${LIVE} ORDER BY r.id`).all()
  ) as RecordRow[];
  return attachMentions(db, rows);
}

export function recordsByIds(db: Database.Database, ids: readonly number[]): LedgerRecord[] {
  const rows = statement(
    db,
    `SELECT ${COLUMNS} FROM records r WHERE r.id IN (SELECT value FROM json_each(?)) ORDER BY r.id`,
  ).all(JSON.stringify(ids)) as RecordRow[];
  return attachMentions(db, rows);
}

export interface PageQuery extends GridQuery {
  /** Live rows of the kind shown whatever the search and filters (the ones just edited). */
  keepIds?: readonly number[];
  offset: number;
  limit: number;
  sort?: { field: string; dir: 'asc' | 'desc' };
}

const GRID_EXTRA = `, r.created_at AS createdAt, r.updated_at AS updatedAt, ${HAS_WARNINGS_SQL} AS hasWarnings, ${HAS_DUPLICATES_SQL} AS hasDuplicates`;

interface GridExtra {
  createdAt: string;
  updatedAt: string;
  hasWarnings: number;
  hasDuplicates: number;
}

/**
 * The place names sort as official lists are ordered: by division code (北京 11 … 新疆 65,
 * then city, then county), the text as written breaking ties. Character codes would put
 * 上海 before 北京 and split a province's zones by how each notice spelled them. The code
 * leads, so the page reads records_live_region in order and sorts only each code's ties
 * (the code column itself stays on the index alone, its ties in id order).
 */
const PLACE_SORTS: ReadonlySet<string> = new Set([
  'regionText',
  'province',
  'city',
  'county',
  'town',
]);

/**
 * 状态 sorts by the status the grid shows (shown-status.ts), as its filter and facet count
 * it: sorting by the written status alone would scatter the zones shown 待验收 among the
 * blanks at the end. `asOf` is the day it is read on (a test's fixed day), else today.
 */
const sortKeys = (field: string | undefined, asOf: boolean): string[] => {
  if (field && PLACE_SORTS.has(field)) return ['r.region_code', 'r.region_text'];
  if (field === 'status') return [shownStatusSql(asOf ? '@asOf' : CHINA_TODAY_SQL)];
  return [(field && FIELD_SQL[field]) ?? 'r.id'];
};

const pageOrder = (sort: PageQuery['sort'], asOf = false): string => {
  const dir = sort?.dir === 'desc' ? 'DESC' : 'ASC';
  const keys = sortKeys(sort?.field, asOf).map((k) => `${k} ${dir} NULLS LAST`);
  return `ORDER BY ${keys.join(', ')}, r.id ${dir}`;
};

/**
 * The ids of a page, in order. The page reads them first and its columns after: a sort the
 * indexes give only in part (or not at all: 序号, year, batch, status are covered by one
 * shared index, migration 0012) then orders bare keys, and the per-row flags are computed
 * for the page's rows alone instead of every row the sort reads.
 */
export const pageIdsSql = (whereSql: string, sort: PageQuery['sort'], asOf = false): string =>
  `SELECT r.id FROM records r WHERE ${whereSql} ${pageOrder(sort, asOf)} LIMIT @limit OFFSET @offset`;

/** The grid's page: search, facets and column filters all run in SQL (see record-search.ts). */
export function pageRecords(db: Database.Database, q: PageQuery): Page<GridRecord> {
  registerSearchFunctions(db);
  const where = keeping(buildWhere(q), q);
  const byStatusAsOf = q.sort?.field === 'status' && !!q.asOf;
  const rows = gridRows(
    db,
    pageIdsSql(where.sql, q.sort, byStatusAsOf),
    pageOrder(q.sort, byStatusAsOf),
    {
      ...where.params,
      limit: q.limit,
      offset: q.offset,
      ...(byStatusAsOf ? { asOf: q.asOf } : {}),
    },
  );
  return { rows, total: countCached(db, where.sql, where.params), offset: q.offset };
}

/** The rows `idsSql` selects as the grid shows them, in `order`, with their mentions and flags. */
function gridRows(
  db: Database.Database,
  idsSql: string,
  order: string,
  params: Record<string, unknown>,
): GridRecord[] {
  const rows = db
    .prepare(`SELECT ${COLUMNS}${GRID_EXTRA} FROM records r WHERE r.id IN (${idsSql}) ${order}`)
    .all(params) as (RecordRow & GridExtra)[];
  return attachMentions(db, rows).map((r) => ({
    ...r,
    hasWarnings: !!r.hasWarnings,
    hasDuplicates: !!r.hasDuplicates,
  }));
}

/**
 * The query's rows and the live rows of its kind it keeps (edited since the query was typed):
 * a row corrected out of a search stays in view until the search changes.
 */
function keeping(where: Where, q: PageQuery): Where {
  if (!q.keepIds || q.keepIds.length === 0) return where;
  const kind = q.kind ? ' AND r.kind = @keepKind' : '';
  return {
    sql: `((${where.sql}) OR (${LIVE}${kind} AND r.id IN (SELECT value FROM json_each(@keepIds))))`,
    params: {
      ...where.params,
      keepIds: JSON.stringify(q.keepIds),
      ...(q.kind ? { keepKind: q.kind } : {}),
    },
  };
}

/**
 * The grid asks for a page per scroll block; counting 10^5 filtered rows each time would
 * cost more than the page itself. The count is kept until the data changes (this
 * connection's total_changes, or another connection's commit via data_version).
 */
const counts = new WeakMap<Database.Database, { stamp: string; byWhere: Map<string, number> }>();
function countCached(db: Database.Database, sql: string, params: Record<string, unknown>): number {
  const stamp = `${db.pragma('data_version', { simple: true }) as number}:${
    (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n
  }`;
  let cache = counts.get(db);
  if (!cache || cache.stamp !== stamp) counts.set(db, (cache = { stamp, byWhere: new Map() }));
  const key = `${sql}|${JSON.stringify(params)}`;
  const hit = cache.byWhere.get(key);
  if (hit !== undefined) return hit;
  const n = (
    db.prepare(`SELECT count(*) AS n FROM records r WHERE ${sql}`).get(params) as { n: number }
  ).n;
  if (cache.byWhere.size > 200) cache.byWhere.clear();
  cache.byWhere.set(key, n);
  return n;
}

export function countByKind(db: Database.Database): Record<RecordKind, number> {
  const counts = Object.fromEntries(RECORD_KINDS.map((k) => [k, 0])) as Record<RecordKind, number>;
  const rows = db
    .prepare(`SELECT r.kind, count(*) AS n FROM records r WHERE ${LIVE} GROUP BY r.kind`)
    .all() as { kind: RecordKind; n: number }[];
  for (const r of rows) counts[r.kind] = r.n;
  return counts;
}

/** A live record as stored, for writers that change it: its columns (snake_case) by name. */
export interface StoredRecord {
  id: number;
  kind: RecordKind;
  cols: Record<string, string | number | null>;
}

export function liveRecordRow(db: Database.Database, id: number): StoredRecord | undefined {
  const row = db.prepare(`SELECT * FROM records r WHERE r.id = ? AND ${LIVE}`).get(id) as
    (Record<string, string | number | null> & { id: number; kind: RecordKind }) | undefined;
  return row ? { id: row.id, kind: row.kind, cols: row } : undefined;
}

/**
 * These live records as the grid shows them, in id order (at most 500: what one edit can
 * return). The ids go in as one list, not a condition each: SQLite refuses an expression
 * tree over 1000 deep, and a paste over some 470 records failed on its answer.
 */
export const gridRecordsByIds = (db: Database.Database, ids: readonly number[]): GridRecord[] =>
  ids.length === 0
    ? []
    : gridRows(
        db,
        `SELECT r.id FROM records r WHERE ${LIVE} AND r.id IN (SELECT value FROM json_each(@ids))`,
        pageOrder(undefined),
        { ids: JSON.stringify(ids.slice(0, 500)) },
      );

/**
 * A record as staff know it (its title, else its place or unit), live or merged away: the
 * history and the undo button name records so, never by the ledger's internal number.
 */
export function recordNameById(db: Database.Database, id: number): string {
  const cols = statement(db, 'SELECT title, region_text, unit FROM records WHERE id = ?').get(id);
  return storedRecordName((cols ?? {}) as Record<string, unknown>);
}
