/**
 * Reading records out of the ledger. Only live records (not merged away, not deleted)
 * are listed; grids read them page by page with keyset-free LIMIT/OFFSET on indexed sorts.
 */
import type Database from 'better-sqlite3';
import type { GridRecord, LedgerRecord, Mention, Page, RecordKind } from '../../../shared/domain';
import { RECORD_KINDS } from '../../../shared/domain';
import {
  buildWhere,
  FIELD_SQL,
  HAS_DUPLICATES_SQL,
  HAS_WARNINGS_SQL,
  type GridQuery,
} from './record-search';

interface RecordRow {
  id: number;
  kind: RecordKind;
  programme: string | null;
  year: number | null;
  batch: string | null;
  seq: number | null;
  region_text: string | null;
  region_code: string | null;
  unit_code: string | null;
  province: string | null;
  city: string | null;
  county: string | null;
  town: string | null;
  unit: string | null;
  title: string | null;
  content: string | null;
  status: string | null;
}

const COLUMNS =
  'r.id, r.kind, r.programme, r.year, r.batch, r.seq, r.region_text, r.region_code, r.unit_code, ' +
  'r.province, r.city, r.county, r.town, r.unit, r.title, r.content, r.status';

const LIVE = 'r.merged_into IS NULL AND r.deleted_at IS NULL';

/** Contract sort fields → SQL. A closed map: nothing from the caller reaches SQL text. */
const SORT_SQL: Record<string, string> = {
  id: 'r.id',
  seq: 'r.seq',
  regionCode: 'r.region_code',
  regionText: 'r.region_text',
  title: 'r.title',
  programme: 'r.programme',
  year: 'r.year',
  status: 'r.status',
};

function attachMentions(db: Database.Database, rows: RecordRow[]): LedgerRecord[] {
  if (rows.length === 0) return [];
  const byRecord = new Map<number, Mention[]>();
  const stmt = db.prepare(
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
    id: r.id,
    kind: r.kind,
    programme: r.programme,
    year: r.year,
    batch: r.batch,
    seq: r.seq,
    regionText: r.region_text,
    regionCode: r.region_code,
    unitCode: r.unit_code,
    province: r.province,
    city: r.city,
    county: r.county,
    town: r.town,
    unit: r.unit,
    title: r.title,
    content: r.content,
    status: r.status,
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
  const rows = db
    .prepare(
      `SELECT ${COLUMNS} FROM records r WHERE r.id IN (SELECT value FROM json_each(?)) ORDER BY r.id`,
    )
    .all(JSON.stringify(ids)) as RecordRow[];
  return attachMentions(db, rows);
}

export interface PageQuery extends GridQuery {
  offset: number;
  limit: number;
  sort?: { field: string; dir: 'asc' | 'desc' };
}

const GRID_EXTRA = `, r.created_at, r.updated_at, ${HAS_WARNINGS_SQL} AS has_warnings, ${HAS_DUPLICATES_SQL} AS has_duplicates`;

/** The grid's page: search, facets and column filters all run in SQL (see record-search.ts). */
export function pageRecords(db: Database.Database, q: PageQuery): Page<GridRecord> {
  const where = buildWhere(q);
  const sortSql = (q.sort && (SORT_SQL[q.sort.field] ?? FIELD_SQL[q.sort.field])) ?? 'r.id';
  const dir = q.sort?.dir === 'desc' ? 'DESC' : 'ASC';
  const rows = db
    .prepare(
      `SELECT ${COLUMNS}${GRID_EXTRA} FROM records r WHERE ${where.sql}
        ORDER BY ${sortSql} ${dir} NULLS LAST, r.id ${dir} LIMIT @limit OFFSET @offset`,
    )
    .all({ ...where.params, limit: q.limit, offset: q.offset }) as (RecordRow & GridExtraRow)[];
  const total = countCached(db, where.sql, where.params);
  const records = attachMentions(db, rows);
  return {
    rows: records.map((r, i) => {
      const x = rows[i]!;
      return {
        ...r,
        createdAt: x.created_at,
        updatedAt: x.updated_at,
        hasWarnings: !!x.has_warnings,
        hasDuplicates: !!x.has_duplicates,
      };
    }),
    total,
    offset: q.offset,
  };
}

interface GridExtraRow {
  created_at: string;
  updated_at: string;
  has_warnings: number;
  has_duplicates: number;
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
