/**
 * Reading records out of the ledger. Only live records (not merged away, not deleted)
 * are listed; grids read them page by page with keyset-free LIMIT/OFFSET on indexed sorts.
 */
import type Database from 'better-sqlite3';
import type { LedgerRecord, Mention, Page, RecordKind } from '../../../shared/domain';
import { RECORD_KINDS } from '../../../shared/domain';

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
    list.push({ noticeId: m.notice_id, file: m.file, seq: m.seq, start: m.span_start, end: m.span_end });
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
      ? db.prepare(`SELECT ${COLUMNS} FROM records r WHERE ${LIVE} AND r.kind = ? ORDER BY r.id`).all(kind)
      : db.prepare(`SELECT ${COLUMNS} FROM records r WHERE ${LIVE} ORDER BY r.id`).all()
  ) as RecordRow[];
  return attachMentions(db, rows);
}

export function recordsByIds(db: Database.Database, ids: readonly number[]): LedgerRecord[] {
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM records r WHERE r.id IN (SELECT value FROM json_each(?)) ORDER BY r.id`)
    .all(JSON.stringify(ids)) as RecordRow[];
  return attachMentions(db, rows);
}

export interface PageQuery {
  kind?: RecordKind;
  offset: number;
  limit: number;
  sort?: { field: string; dir: 'asc' | 'desc' };
}

export function pageRecords(db: Database.Database, q: PageQuery): Page<LedgerRecord> {
  const where = q.kind ? `${LIVE} AND r.kind = @kind` : LIVE;
  const sortSql = (q.sort && SORT_SQL[q.sort.field]) ?? 'r.id';
  const dir = q.sort?.dir === 'desc' ? 'DESC' : 'ASC';
  const params = { kind: q.kind ?? null, limit: q.limit, offset: q.offset };
  const rows = db
    .prepare(
      `SELECT ${COLUMNS} FROM records r WHERE ${where}
        ORDER BY ${sortSql} ${dir} NULLS LAST, r.id ${dir} LIMIT @limit OFFSET @offset`,
    )
    .all(q.kind ? params : { limit: q.limit, offset: q.offset }) as RecordRow[];
  const total = (
    db.prepare(`SELECT count(*) AS n FROM records r WHERE ${where}`).get(...(q.kind ? [{ kind: q.kind }] : [])) as {
      n: number;
    }
  ).n;
  return { rows: attachMentions(db, rows), total, offset: q.offset };
}

export function countByKind(db: Database.Database): Record<RecordKind, number> {
  const counts = Object.fromEntries(RECORD_KINDS.map((k) => [k, 0])) as Record<RecordKind, number>;
  const rows = db
    .prepare(`SELECT r.kind, count(*) AS n FROM records r WHERE ${LIVE} GROUP BY r.kind`)
    .all() as { kind: RecordKind; n: number }[];
  for (const r of rows) counts[r.kind] = r.n;
  return counts;
}
