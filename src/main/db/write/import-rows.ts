/**
 * Writes one imported notice — the notice, its records, their mentions, its rules — with bulk prepared statements and ONE compact log entry (see
 * compact-forms.ts): a notice is in the ledger entirely or not at all, and its undo takes
 * away exactly what it brought.
 */
import type Database from 'better-sqlite3';
import type { NoticeDraft, RecordDraft, RuleDraft } from '../../../shared/ledger-drafts';
import { firstLineOf, noticeName } from '../../../shared/notice-name';
import { IMPORTED_COLUMNS } from '../../../shared/record-fields';
import { storedValue } from '../../../shared/stored-value';
import { deferSearchRows, writeSearchRowsIfDue } from './deferred-search-index';
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
    lastRecordId: db.prepare('SELECT coalesce(max(id), 0) AS id FROM records'),
    lastMentionId: db.prepare('SELECT coalesce(max(id), 0) AS id FROM mentions'),
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

/** What insertImport wrote: also each new record's source mention, in the same order. */
export interface InsertedImport extends Omit<WrittenImport, 'opId'> {
  mentionIds: number[];
}

/** Inside an import operation: stores the notice and everything it brings. */
export function insertImport(
  tx: WriteTx,
  notice: NoticeDraft,
  records: readonly RecordDraft[],
  rules: readonly RuleDraft[] = [],
): InsertedImport {
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
  const mentionIds: number[] = [];
  insertRecords(db, st, records, { noticeId, now }, { recordIds, mentionIds });
  for (const id of recordIds) scope.records.add(id);
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
  // a thousand or so imported records' search rows at once, in this operation
  writeSearchRowsIfDue(db);
  tx.compactRecords += recordIds.length;
  tx.wrote('notices', 'records', 'mentions', ...(rules.length ? ['rules' as const] : []));
  return { noticeId, recordIds, mentionIds };
}

/**
 * Rows per multi-row INSERT: one statement run per chunk instead of per row (binding a
 * named-parameter object and running a statement for every record and every mention was a
 * third of their statements' time); 64 rows × 20 columns stay far below SQLite's limit of
 * 32,766 parameters, and at most 64 shapes per table are prepared per connection.
 */
const CHUNK = 64;
const RECORD_COLUMNS = ['id', 'kind', ...RECORD_FIELDS, 'created_at', 'updated_at'];
const MENTION_COLUMNS = [
  'id',
  'record_id',
  'notice_id',
  'seq',
  'span_start',
  'span_end',
  'extracted',
  'original_record_id',
];

const multiRowCache = new WeakMap<Database.Database, Map<string, Database.Statement[]>>();

/**
 * `INSERT INTO t(cols) VALUES (?, …), (?, …)` for n rows, prepared once per connection,
 * table and size: found by its size, not by building its SQL text (1,280 placeholders)
 * on every chunk to look it up.
 */
function multiRow(db: Database.Database, table: string, cols: readonly string[], n: number) {
  let byTable = multiRowCache.get(db);
  if (!byTable) multiRowCache.set(db, (byTable = new Map()));
  let bySize = byTable.get(table);
  if (!bySize) byTable.set(table, (bySize = []));
  let st = bySize[n];
  if (!st) {
    const row = `(${cols.map(() => '?').join(', ')})`;
    st = bySize[n] = db.prepare(
      `INSERT INTO ${table}(${cols.join(', ')}) VALUES ${Array(n).fill(row).join(', ')}`,
    );
  }
  return st;
}

/**
 * Writes `count` rows CHUNK to a statement. `fill` puts row i's values into the chunk's one
 * flat array from position at, so no array per row is built and flattened again.
 */
function insertChunked(
  db: Database.Database,
  table: string,
  cols: readonly string[],
  count: number,
  fill: (values: unknown[], at: number, i: number) => void,
) {
  const width = cols.length;
  for (let start = 0; start < count; start += CHUNK) {
    const n = Math.min(CHUNK, count - start);
    const values: unknown[] = new Array(n * width);
    for (let j = 0; j < n; j++) fill(values, j * width, start + j);
    multiRow(db, table, cols, n).run(values);
  }
}

/**
 * The records, each with its source mention (where every value it was born with comes from).
 * Their ids and their mentions' are given, not returned: the next ones after the largest,
 * which is what SQLite itself would choose (neither table has AUTOINCREMENT), read once
 * inside the write lock — so the caller never reads back a mention it just wrote.
 */
function insertRecords(
  db: Database.Database,
  st: ReturnType<typeof statements>,
  records: readonly RecordDraft[],
  at: { noticeId: number; now: string },
  out: { recordIds: number[]; mentionIds: number[] },
): void {
  const { noticeId, now } = at;
  const first = (st.lastRecordId.get() as { id: number }).id + 1;
  const firstMention = (st.lastMentionId.get() as { id: number }).id + 1;
  const fields = RECORD_FIELDS.length;
  // their search rows wait (the record triggers stand aside for pending ids)
  if (records.length > 0) deferSearchRows(db, first, first + records.length - 1);
  insertChunked(db, 'records', RECORD_COLUMNS, records.length, (v, o, i) => {
    const r = records[i]!;
    v[o] = first + i;
    v[o + 1] = r.kind;
    // a blank text is stored as no value, as a value cleared by hand is
    for (let f = 0; f < fields; f++) v[o + 2 + f] = storedValue(r.fields[RECORD_FIELDS[f]!]);
    v[o + 2 + fields] = now;
    v[o + 3 + fields] = now;
  });
  insertChunked(db, 'mentions', MENTION_COLUMNS, records.length, (v, o, i) => {
    const r = records[i]!;
    v[o] = firstMention + i;
    v[o + 1] = first + i;
    v[o + 2] = noticeId;
    v[o + 3] = r.seq;
    v[o + 4] = r.span.start;
    v[o + 5] = r.span.end;
    v[o + 6] = JSON.stringify(r.extracted);
    v[o + 7] = first + i;
  });
  for (let i = 0; i < records.length; i++) {
    out.recordIds.push(first + i);
    out.mentionIds.push(firstMention + i);
  }
}

/**
 * The import's line in the history and on the undo button: the notice named as the notices
 * list names it — an untitled one by its issuer and date or first line, not its file name.
 */
export const importSummary = (
  notice: Pick<NoticeDraft, 'title' | 'file' | 'issuer' | 'issuedOn' | 'rawText'>,
) =>
  `导入《${noticeName({ ...notice, firstLine: notice.title === null ? firstLineOf(notice.rawText) : null })}》`;

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
