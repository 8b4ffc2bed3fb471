/**
 * The operation log: every user-visible write (import, edit, bulk edit, merge, …) is one
 * operation with its row-level changes. Undo and redo walk this log; per-record history
 * reads it. Field changes (`field` set, `before`/`after` JSON) are replayed generically;
 * operations that do more (an import, a merge) register their own undo/redo by kind.
 *
 * Every function here expects to run inside the caller's transaction, except undoLast /
 * redoNext, which open their own.
 */
import type Database from 'better-sqlite3';
import type { HistoryEntry, UndoOutcome } from '../../shared/domain';
import { AppError } from '../../shared/app-error';

export interface OperationRow {
  id: number;
  kind: string;
  summary: string;
  created_at: string;
  actor: string;
  notice_id: number | null;
  undone_at: string | null;
}

export interface ChangeRow {
  id: number;
  op_id: number;
  table_name: string;
  row_id: number;
  record_id: number | null;
  field: string | null;
  before: string | null;
  after: string | null;
}

export interface OperationKind {
  undo(db: Database.Database, op: OperationRow, changes: ChangeRow[]): void;
  redo(db: Database.Database, op: OperationRow, changes: ChangeRow[]): void;
}

const kinds = new Map<string, OperationKind>();

/** Operations that are more than field changes say how to undo and redo themselves. */
export function registerOperationKind(kind: string, handler: OperationKind): void {
  kinds.set(kind, handler);
}

/** Columns a field change may touch: a closed list, so a logged name never reaches SQL unchecked. */
const EDITABLE: Record<string, ReadonlySet<string>> = {
  records: new Set([
    'kind',
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
    'deleted_at',
    'merged_into',
  ]),
  milestones: new Set(['status', 'note', 'due_on', 'end_on']),
  notices: new Set(['title', 'issuer', 'doc_no', 'issued_on', 'kind', 'programme', 'withdrawn_at']),
};

export function startOperation(
  db: Database.Database,
  op: { kind: string; summary: string; actor?: string; noticeId?: number | null },
  now = new Date().toISOString(),
): number {
  // A new action after an undo discards what could have been redone.
  db.prepare(
    'UPDATE operations SET redo_discarded = 1 WHERE undone_at IS NOT NULL AND redo_discarded = 0',
  ).run();
  const row = db
    .prepare(
      'INSERT INTO operations(kind, summary, created_at, actor, notice_id) VALUES (?, ?, ?, ?, ?) RETURNING id',
    )
    .get(op.kind, op.summary, now, op.actor ?? 'user', op.noticeId ?? null) as { id: number };
  return row.id;
}

export interface FieldChange {
  table: 'records' | 'milestones' | 'notices';
  rowId: number;
  recordId?: number | null;
  field: string;
  before: unknown;
  after: unknown;
}

/** Writes a field change and logs it, so it can be undone. */
export function changeField(db: Database.Database, opId: number, c: FieldChange): void {
  assertEditable(c.table, c.field);
  db.prepare(`UPDATE "${c.table}" SET "${c.field}" = ? WHERE id = ?`).run(toSql(c.after), c.rowId);
  if (c.table === 'records') {
    db.prepare(
      "UPDATE records SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?",
    ).run(c.rowId);
    // The person's edit now owns this value's provenance.
    db.prepare(
      `INSERT INTO field_provenance(record_id, field, mention_id, op_id) VALUES (?, ?, NULL, ?)
       ON CONFLICT(record_id, field) DO UPDATE SET mention_id = NULL, op_id = excluded.op_id`,
    ).run(c.rowId, c.field, opId);
  }
  logChange(db, opId, { ...c, recordId: c.recordId ?? (c.table === 'records' ? c.rowId : null) });
}

export function logChange(
  db: Database.Database,
  opId: number,
  c: {
    table: string;
    rowId: number;
    recordId?: number | null;
    field?: string | null;
    before?: unknown;
    after?: unknown;
  },
): void {
  db.prepare(
    'INSERT INTO operation_changes(op_id, table_name, row_id, record_id, field, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(
    opId,
    c.table,
    c.rowId,
    c.recordId ?? null,
    c.field ?? null,
    c.before === undefined ? null : JSON.stringify(c.before),
    c.after === undefined ? null : JSON.stringify(c.after),
  );
}

function assertEditable(table: string, field: string) {
  if (!EDITABLE[table]?.has(field))
    throw new AppError('bad_field', `字段 ${table}.${field} 不能这样修改`);
}

const toSql = (v: unknown): string | number | null =>
  v === null || v === undefined
    ? null
    : typeof v === 'number' || typeof v === 'string'
      ? v
      : JSON.stringify(v);

function replayFields(db: Database.Database, changes: ChangeRow[], direction: 'undo' | 'redo') {
  const ordered = direction === 'undo' ? [...changes].reverse() : changes;
  for (const c of ordered) {
    if (!c.field) continue;
    assertEditable(c.table_name, c.field);
    const raw = direction === 'undo' ? c.before : c.after;
    const value = raw === null ? null : (JSON.parse(raw) as unknown);
    db.prepare(`UPDATE "${c.table_name}" SET "${c.field}" = ? WHERE id = ?`).run(
      toSql(value),
      c.row_id,
    );
  }
}

const changesOf = (db: Database.Database, opId: number) =>
  db
    .prepare('SELECT * FROM operation_changes WHERE op_id = ? ORDER BY id')
    .all(opId) as ChangeRow[];

export function undoLast(
  db: Database.Database,
  now = new Date().toISOString(),
): UndoOutcome | null {
  return db.transaction((): UndoOutcome | null => {
    const op = db
      .prepare('SELECT * FROM operations WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1')
      .get() as OperationRow | undefined;
    if (!op) return null;
    const changes = changesOf(db, op.id);
    const special = kinds.get(op.kind);
    if (special) special.undo(db, op, changes);
    else replayFields(db, changes, 'undo');
    db.prepare('UPDATE operations SET undone_at = ? WHERE id = ?').run(now, op.id);
    return { opId: op.id, kind: op.kind, summary: op.summary };
  })();
}

export function redoNext(db: Database.Database): UndoOutcome | null {
  return db.transaction((): UndoOutcome | null => {
    const op = db
      .prepare(
        'SELECT * FROM operations WHERE undone_at IS NOT NULL AND redo_discarded = 0 ORDER BY id ASC LIMIT 1',
      )
      .get() as OperationRow | undefined;
    if (!op) return null;
    const changes = changesOf(db, op.id);
    const special = kinds.get(op.kind);
    if (special) special.redo(db, op, changes);
    else replayFields(db, changes, 'redo');
    db.prepare('UPDATE operations SET undone_at = NULL WHERE id = ?').run(op.id);
    return { opId: op.id, kind: op.kind, summary: op.summary };
  })();
}

/** A record's history: when, what, from which notice or by hand. Newest first. */
export function recordHistory(db: Database.Database, recordId: number): HistoryEntry[] {
  const rows = db
    .prepare(
      `SELECT o.id, o.kind, o.summary, o.created_at, o.actor, o.notice_id, o.undone_at, c.field, c.before, c.after
         FROM operation_changes c JOIN operations o ON o.id = c.op_id
        WHERE c.record_id = ? ORDER BY o.id DESC, c.id DESC`,
    )
    .all(recordId) as (Omit<OperationRow, 'id'> & {
    id: number;
    field: string | null;
    before: string | null;
    after: string | null;
  })[];
  return rows.map((r) => ({
    opId: r.id,
    kind: r.kind,
    summary: r.summary,
    at: r.created_at,
    actor: r.actor,
    noticeId: r.notice_id,
    undone: r.undone_at !== null,
    field: r.field,
    before: r.before === null ? null : (JSON.parse(r.before) as unknown),
    after: r.after === null ? null : (JSON.parse(r.after) as unknown),
  }));
}
