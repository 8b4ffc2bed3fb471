/**
 * Writes one imported notice — the notice, its records, their mentions and per-field
 * provenance, its rules — as one operation in the log, inside one transaction: a notice
 * is in the ledger entirely or not at all.
 */
import type Database from 'better-sqlite3';
import type { NoticeWarning, RecordKind } from '../../../shared/domain';
import { startOperation } from '../operation-log';

export interface NoticeDraft {
  file: string;
  sha256: string;
  format: string;
  encoding: string | null;
  rawText: string;
  title: string | null;
  issuer: string | null;
  docNo: string | null;
  docNoRaw: string | null;
  issuedOn: string | null;
  kind: string | null;
  programme: string | null;
  warnings: NoticeWarning[];
}

/** The record fields a notice can set; each one set gets a provenance row. */
export const RECORD_FIELDS = [
  'programme',
  'year',
  'batch',
  'seq',
  'region_text',
  'region_code',
  'unit_code',
  'province',
  'city',
  'county',
  'town',
  'unit',
  'title',
  'content',
  'status',
] as const;
export type RecordField = (typeof RECORD_FIELDS)[number];

export interface RecordDraft {
  kind: RecordKind;
  fields: Partial<Record<RecordField, string | number | null>>;
  seq: number | null;
  span: { start: number; end: number };
  /** The values as the notice wrote them, before any resolution (kept on the mention). */
  extracted: Record<string, unknown>;
}

export interface RuleDraft {
  kind: string;
  text: string;
  span: { start: number; end: number } | null;
  params: Record<string, unknown>;
  programme: string | null;
}

export interface WrittenImport {
  noticeId: number;
  recordIds: number[];
  opId: number;
}

export function findNoticeBySha(
  db: Database.Database,
  sha256: string,
): { id: number; withdrawn: boolean } | null {
  const row = db.prepare('SELECT id, withdrawn_at FROM notices WHERE sha256 = ?').get(sha256) as
    { id: number; withdrawn_at: string | null } | undefined;
  return row ? { id: row.id, withdrawn: row.withdrawn_at !== null } : null;
}

/** Prepared once per database handle: imports write thousands of rows. */
function statements(db: Database.Database) {
  return {
    opNotice: db.prepare('UPDATE operations SET notice_id = ? WHERE id = ?'),
    notice: db.prepare(
      `INSERT INTO notices(file, sha256, format, encoding, raw_text, title, issuer, doc_no, doc_no_raw, issued_on,
                           kind, programme, warnings, imported_at, op_id)
       VALUES (@file, @sha256, @format, @encoding, @rawText, @title, @issuer, @docNo, @docNoRaw, @issuedOn,
               @kind, @programme, @warnings, @now, @opId) RETURNING id`,
    ),
    record: db.prepare(
      `INSERT INTO records(kind, ${RECORD_FIELDS.join(', ')}, created_at, updated_at)
       VALUES (@kind, ${RECORD_FIELDS.map((f) => `@${f}`).join(', ')}, @now, @now) RETURNING id`,
    ),
    mention: db.prepare(
      `INSERT INTO mentions(record_id, notice_id, seq, span_start, span_end, extracted, original_record_id)
       VALUES (@recordId, @noticeId, @seq, @start, @end, @extracted, @recordId) RETURNING id`,
    ),
    provenance: db.prepare(
      'INSERT INTO field_provenance(record_id, field, mention_id, op_id) VALUES (?, ?, ?, ?)',
    ),
    change: db.prepare(
      "INSERT INTO operation_changes(op_id, table_name, row_id, record_id, after) VALUES (?, 'records', ?, ?, ?)",
    ),
    rule: db.prepare(
      `INSERT INTO rules(notice_id, programme, kind, text, span_start, span_end, params, created_at)
       VALUES (@noticeId, @programme, @kind, @text, @start, @end, @params, @now)`,
    ),
  };
}

const cache = new WeakMap<Database.Database, ReturnType<typeof statements>>();

export function writeImport(
  db: Database.Database,
  notice: NoticeDraft,
  records: readonly RecordDraft[],
  rules: readonly RuleDraft[] = [],
  now = new Date().toISOString(),
): WrittenImport {
  let s = cache.get(db);
  if (!s) {
    s = statements(db);
    cache.set(db, s);
  }
  const st = s;
  return db.transaction((): WrittenImport => {
    const summary = `导入《${notice.title ?? notice.file}》：${records.length} 条记录`;
    const opId = startOperation(db, { kind: 'import', summary, actor: 'import' }, now);
    const noticeId = (
      st.notice.get({ ...notice, warnings: JSON.stringify(notice.warnings), now, opId }) as {
        id: number;
      }
    ).id;
    st.opNotice.run(noticeId, opId);
    const recordIds: number[] = [];
    for (const r of records) {
      const values = Object.fromEntries(RECORD_FIELDS.map((f) => [f, r.fields[f] ?? null]));
      const recordId = (st.record.get({ ...values, kind: r.kind, now }) as { id: number }).id;
      const mentionId = (
        st.mention.get({
          recordId,
          noticeId,
          seq: r.seq,
          start: r.span.start,
          end: r.span.end,
          extracted: JSON.stringify(r.extracted),
        }) as { id: number }
      ).id;
      for (const f of RECORD_FIELDS) {
        if (r.fields[f] !== undefined && r.fields[f] !== null)
          st.provenance.run(recordId, f, mentionId, opId);
      }
      st.change.run(opId, recordId, recordId, JSON.stringify({ kind: r.kind, ...values }));
      recordIds.push(recordId);
    }
    for (const rule of rules) {
      st.rule.run({
        noticeId,
        programme: rule.programme,
        kind: rule.kind,
        text: rule.text,
        start: rule.span?.start ?? null,
        end: rule.span?.end ?? null,
        params: JSON.stringify(rule.params),
        now,
      });
    }
    return { noticeId, recordIds, opId };
  })();
}
