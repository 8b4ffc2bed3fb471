/**
 * Writes one imported notice — the notice, its records, their mentions, its rules — with bulk prepared statements and ONE compact log entry (see
 * compact-forms.ts): a notice is in the ledger entirely or not at all, and its undo takes
 * away exactly what it brought.
 */
import type Database from 'better-sqlite3';
import type { NoticeDraft, RecordDraft, RuleDraft } from '../../../shared/ledger-drafts';
import { IMPORTED_COLUMNS } from '../../../shared/record-fields';
import { withOperation } from './with-operation';
import type { WriteTx } from './write-tx';

export type { NoticeDraft, RecordDraft, RuleDraft };
/**
 * The record columns a notice can set. Their source is the record's own mention (the
 * field_sources view, migration 0008): the import writes no provenance row per field.
 */
export const RECORD_FIELDS = IMPORTED_COLUMNS;

export interface WrittenImport {
  noticeId: number;
  recordIds: number[];
  opId: number;
}

function statements(db: Database.Database) {
  return {
    notice: db.prepare(
      `INSERT INTO notices(file, sha256, format, encoding, raw_text, title, issuer, doc_no, doc_no_raw, issued_on,
                           kind, programme, role, batch, date_from_file, warnings, imported_at, op_id)
       VALUES (@file, @sha256, @format, @encoding, @rawText, @title, @issuer, @docNo, @docNoRaw, @issuedOn,
               @kind, @programme, @role, @batch, @dateFromFile, @warnings, @now, @opId) RETURNING id`,
    ),
    record: db.prepare(
      `INSERT INTO records(kind, ${RECORD_FIELDS.join(', ')}, created_at, updated_at)
       VALUES (@kind, ${RECORD_FIELDS.map((f) => `@${f}`).join(', ')}, @now, @now) RETURNING id`,
    ),
    mention: db.prepare(
      `INSERT INTO mentions(record_id, notice_id, seq, span_start, span_end, extracted, original_record_id)
       VALUES (@recordId, @noticeId, @seq, @start, @end, @extracted, @recordId)`,
    ),
    // The per-row FTS trigger stands aside while fts_batch holds a row (migration 0006):
    // one statement then indexes the whole notice as one FTS segment.
    ftsHold: db.prepare('INSERT INTO fts_batch(id) VALUES (1)'),
    ftsRelease: db.prepare('DELETE FROM fts_batch'),
    fts: db.prepare(
      `INSERT INTO records_fts(rowid, region_text, unit, title, content, programme)
       SELECT id, region_text, unit, title, content, programme FROM records
        WHERE id IN (SELECT value FROM json_each(?))`,
    ),
    bySha: db.prepare('SELECT id, withdrawn_at FROM notices WHERE sha256 = ?'),
    rule: db.prepare(
      `INSERT INTO rules(notice_id, programme, batch, kind, text, span_start, span_end, params, created_at)
       VALUES (@noticeId, @programme, @batch, @kind, @text, @start, @end, @params, @now)`,
    ),
  };
}
const cache = new WeakMap<Database.Database, ReturnType<typeof statements>>();

/** Prepared once per connection: an import of many files runs them thousands of times. */
function prepared(db: Database.Database): ReturnType<typeof statements> {
  let st = cache.get(db);
  if (!st) cache.set(db, (st = statements(db)));
  return st;
}

/** Inside an import operation: stores the notice and everything it brings. */
export function insertImport(
  tx: WriteTx,
  notice: NoticeDraft,
  records: readonly RecordDraft[],
  rules: readonly RuleDraft[] = [],
): Omit<WrittenImport, 'opId'> {
  const { db, opId, now } = tx;
  const st = prepared(db);
  const noticeId = (
    st.notice.get({
      ...notice,
      role: notice.role ?? null,
      batch: notice.batch ?? null,
      dateFromFile: notice.dateFromFile ? 1 : 0,
      warnings: JSON.stringify(notice.warnings),
      now,
      opId,
    }) as {
      id: number;
    }
  ).id;
  const scope = { notices: new Set([noticeId]), records: new Set<number>() };
  tx.compact('import', 'notices', noticeId, { scope });
  tx.noticeId = noticeId;
  const recordIds: number[] = [];
  // Inside the operation's transaction: the held row is never committed, and a failure
  // rolls it back with the rest; the finally only keeps a caught error from leaving it.
  st.ftsHold.run();
  try {
    insertRecords(st, records, { noticeId, now }, scope.records, recordIds);
    if (recordIds.length) st.fts.run(JSON.stringify(recordIds));
  } finally {
    st.ftsRelease.run();
  }
  for (const rule of rules) {
    st.rule.run({
      noticeId,
      programme: rule.programme,
      batch: rule.batch ?? null,
      kind: rule.kind,
      text: rule.text,
      start: rule.span?.start ?? null,
      end: rule.span?.end ?? null,
      params: JSON.stringify(rule.params),
      now,
    });
  }
  tx.compactRecords += recordIds.length;
  tx.wrote('notices', 'records', 'mentions', ...(rules.length ? ['rules' as const] : []));
  return { noticeId, recordIds };
}

/** The records, each with its source mention (where every value it was born with comes from). */
function insertRecords(
  st: ReturnType<typeof statements>,
  records: readonly RecordDraft[],
  at: { noticeId: number; now: string },
  scope: Set<number>,
  recordIds: number[],
): void {
  const { noticeId, now } = at;
  for (const r of records) {
    const values = Object.fromEntries(RECORD_FIELDS.map((f) => [f, r.fields[f] ?? null]));
    const recordId = (st.record.get({ ...values, kind: r.kind, now }) as { id: number }).id;
    scope.add(recordId);
    st.mention.run({
      recordId,
      noticeId,
      seq: r.seq,
      start: r.span.start,
      end: r.span.end,
      extracted: JSON.stringify(r.extracted),
    });
    recordIds.push(recordId);
  }
}

export const importSummary = (notice: Pick<NoticeDraft, 'title' | 'file'>) =>
  `导入《${notice.title ?? notice.file}》`;

/** One notice as one import operation, nothing else (no schedule, no duplicate check). */
export function writeImport(
  db: Database.Database,
  notice: NoticeDraft,
  records: readonly RecordDraft[],
  rules: readonly RuleDraft[] = [],
  now = new Date().toISOString(),
): WrittenImport {
  return withOperation(
    { db },
    { kind: 'import', summary: importSummary(notice), actor: 'import', now },
    (tx) => ({ ...insertImport(tx, notice, records, rules), opId: tx.opId }),
  );
}

export function findNoticeBySha(
  db: Database.Database,
  sha256: string,
): { id: number; withdrawn: boolean } | null {
  const row = prepared(db).bySha.get(sha256) as
    { id: number; withdrawn_at: string | null } | undefined;
  return row ? { id: row.id, withdrawn: row.withdrawn_at !== null } : null;
}
