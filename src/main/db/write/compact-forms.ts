/**
 * Operations whose undo is not a replay of row changes, declared here and nowhere else.
 *
 * - `import`: an import logs ONE change for its notice, not one per row (a long import
 *   history must not store every record twice). Everything the import created hangs on its
 *   notice: the notice, the records born in it, their mentions (and its mentions of records
 *   that were there before), provenance, milestones and links, the notice's rules, its
 *   status events and notice-level milestones. Undo takes those rows away
 *   (keeping them in undo_images) and redo puts them back, so both leave the ledger exactly
 *   as it was. Rows the import changed that it did not create are logged as plain changes.
 * - `legacy_import`, `legacy_create_record`: operations logged before this form existed
 *   undo as they always did, by hiding the rows (see migration 0005).
 * - `restore`: a whole-ledger operation (a backup restored, a ledger file brought in): its
 *   undo and redo replace the ledger's contents again from the backups it names, which
 *   only the app can do (src/main/app/backups, restore-log.ts).
 */
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/app-error';
import type { ChangeRow } from './change-log';
import { checkColumns, type LedgerTable, type RowImage, type SqlValue } from './ledger-tables';
import { quoted, statement } from './statements';

export const COMPACT_FORMS = [
  'import',
  'legacy_import',
  'legacy_create_record',
  'restore',
] as const;
export type CompactForm = (typeof COMPACT_FORMS)[number];

export const isCompactForm = (f: string): f is CompactForm =>
  (COMPACT_FORMS as readonly string[]).includes(f);

/** The notices and records an import created, within its own operation. */
export interface ImportScope {
  notices: Set<number>;
  records: Set<number>;
}

/** Whether a row belongs to what an import created (its writes then need no log of their own). */
export function ownedByImport(
  scope: ImportScope,
  table: LedgerTable,
  row: RowImage,
  id: number | null,
): boolean {
  const rec = (v: SqlValue | undefined) => typeof v === 'number' && scope.records.has(v);
  const note = (v: SqlValue | undefined) => typeof v === 'number' && scope.notices.has(v);
  switch (table) {
    case 'notices':
      return note(id ?? row.id);
    case 'records':
      return rec(id ?? row.id);
    case 'mentions':
      return note(row.notice_id);
    case 'rules':
    case 'record_events':
      return note(row.notice_id);
    case 'field_provenance':
      return rec(row.record_id);
    case 'milestones':
      return rec(row.record_id) || (row.record_id === null && note(row.notice_id));
    case 'join_refusals':
      return rec(row.record_id) || rec(row.into_id);
    case 'record_links':
    case 'link_refusals':
    case 'pair_decisions':
      return rec(row.record_a) || rec(row.record_b);
    case 'settings':
      return false;
  }
}

/** The same rows as SQL, in the order they can be deleted (children first). */
const IMPORT_ROWS: [LedgerTable, string][] = [
  ['record_events', 'notice_id = @n'],
  ['milestones', 'record_id IN born OR (record_id IS NULL AND notice_id = @n)'],
  ['record_links', 'record_a IN born OR record_b IN born'],
  ['link_refusals', 'record_a IN born OR record_b IN born'],
  ['join_refusals', 'record_id IN born OR into_id IN born'],
  ['pair_decisions', 'record_a IN born OR record_b IN born'],
  ['field_provenance', 'record_id IN born'],
  ['mentions', 'notice_id = @n'],
  ['rules', 'notice_id = @n'],
  ['records', 'id IN born'],
  ['notices', 'id = @n'],
];
const bornIn = (where: string) =>
  where.replaceAll('IN born', 'IN (SELECT value FROM json_each(@born))');

function takeImport(db: Database.Database, opId: number, noticeId: number): void {
  // The records born in the notice, read once: their mentions go before they do. A mention
  // that joined a record already there (a later notice naming it) takes only itself away.
  const born = statement(
    db,
    'SELECT original_record_id AS id FROM mentions WHERE notice_id = ? AND joined = 0',
  ).all(noticeId) as { id: number }[];
  const params = { n: noticeId, born: JSON.stringify(born.map((r) => r.id)) };
  for (const [table, where] of IMPORT_ROWS) {
    const rows = statement(db, `SELECT * FROM "${table}" WHERE ${bornIn(where)}`).all(params);
    if (rows.length === 0) continue;
    statement(db, 'INSERT INTO undo_images(op_id, table_name, rows) VALUES (?, ?, ?)').run(
      opId,
      table,
      JSON.stringify(rows),
    );
    statement(db, `DELETE FROM "${table}" WHERE ${bornIn(where)}`).run(params);
  }
}

function putBackImport(db: Database.Database, opId: number): void {
  const images = statement(
    db,
    'SELECT table_name, rows FROM undo_images WHERE op_id = ? ORDER BY rowid',
  ).all(opId) as { table_name: LedgerTable; rows: string }[];
  // Parents first: the reverse of the order they were taken in.
  for (const img of [...images].reverse()) {
    const rows = JSON.parse(img.rows) as RowImage[];
    for (const row of rows) {
      const cols = Object.keys(row);
      checkColumns(db, img.table_name, cols);
      statement(
        db,
        `INSERT INTO "${img.table_name}" (${quoted(cols)}) VALUES (${cols.map(() => '?').join(', ')})`,
      ).run(...cols.map((c) => row[c] ?? null));
    }
  }
  dropImages(db, opId);
}

export function dropImages(db: Database.Database, opId: number): void {
  statement(db, 'DELETE FROM undo_images WHERE op_id = ?').run(opId);
}

/** Older forms: hide (undo) or show (redo) the notice or record the change names. */
function hide(db: Database.Database, c: ChangeRow, direction: 'undo' | 'redo', now: string) {
  const table = c.table_name === 'notices' ? 'notices' : 'records';
  const column = table === 'notices' ? 'withdrawn_at' : 'deleted_at';
  statement(db, `UPDATE ${table} SET ${column} = ? WHERE id = ?`).run(
    direction === 'undo' ? now : null,
    c.row_id,
  );
}

/** Undoes or redoes one compact change, inside the caller's transaction. */
export function replayCompact(
  db: Database.Database,
  form: CompactForm,
  c: ChangeRow,
  direction: 'undo' | 'redo',
  now: string,
): void {
  switch (form) {
    case 'import':
      if (direction === 'undo') takeImport(db, c.op_id, c.row_id);
      else putBackImport(db, c.op_id);
      return;
    case 'legacy_import':
    case 'legacy_create_record':
      return hide(db, c, direction, now);
    case 'restore':
      throw new AppError(
        'whole_ledger',
        '恢复备份（或导入台账文件）要整份替换台账内容，只能单独撤销或重做，不能与其他操作一起回放。',
      );
  }
}
