/**
 * Undoing an import withdraws the notice and soft-deletes the records it created; redo
 * brings both back. Nothing is deleted, so provenance and history stay intact. Importing
 * the same file again after an undo purges the withdrawn copy first (its operation can no
 * longer be redone by then) and imports afresh.
 */
import type Database from 'better-sqlite3';
import { type ChangeRow, registerOperationKind } from '../operation-log';

const createdRecords = (changes: ChangeRow[]) =>
  changes.filter((c) => c.table_name === 'records' && c.field === null).map((c) => c.row_id);

registerOperationKind('import', {
  undo(db, op, changes) {
    const now = new Date().toISOString();
    if (op.notice_id !== null)
      db.prepare('UPDATE notices SET withdrawn_at = ? WHERE id = ?').run(now, op.notice_id);
    const stmt = db.prepare('UPDATE records SET deleted_at = ? WHERE id = ?');
    for (const id of createdRecords(changes)) stmt.run(now, id);
  },
  redo(db, op, changes) {
    if (op.notice_id !== null)
      db.prepare('UPDATE notices SET withdrawn_at = NULL WHERE id = ?').run(op.notice_id);
    const stmt = db.prepare('UPDATE records SET deleted_at = NULL WHERE id = ?');
    for (const id of createdRecords(changes)) stmt.run(id);
  },
});

/** Removes a withdrawn notice and everything that hangs on it, before it is imported again. */
export function purgeWithdrawnNotice(db: Database.Database, noticeId: number): void {
  db.transaction(() => {
    const records = (
      db
        .prepare('SELECT DISTINCT record_id AS id FROM mentions WHERE notice_id = ?')
        .all(noticeId) as { id: number }[]
    ).map((r) => r.id);
    const json = JSON.stringify(records);
    db.prepare(
      'DELETE FROM milestones WHERE notice_id = ? OR record_id IN (SELECT value FROM json_each(?))',
    ).run(noticeId, json);
    db.prepare('DELETE FROM rules WHERE notice_id = ?').run(noticeId);
    db.prepare(
      'DELETE FROM field_provenance WHERE record_id IN (SELECT value FROM json_each(?))',
    ).run(json);
    db.prepare('DELETE FROM mentions WHERE notice_id = ?').run(noticeId);
    db.prepare(
      'DELETE FROM record_links WHERE record_a IN (SELECT value FROM json_each(?)) OR record_b IN (SELECT value FROM json_each(?))',
    ).run(json, json);
    db.prepare(
      'DELETE FROM pair_decisions WHERE record_a IN (SELECT value FROM json_each(?)) OR record_b IN (SELECT value FROM json_each(?))',
    ).run(json, json);
    // Only records born in this notice and never given other mentions go.
    db.prepare(
      `DELETE FROM records WHERE id IN (SELECT value FROM json_each(?))
         AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.record_id = records.id)`,
    ).run(json);
    db.prepare('UPDATE operations SET notice_id = NULL WHERE notice_id = ?').run(noticeId);
    db.prepare('UPDATE notices SET op_id = NULL WHERE id = ?').run(noticeId);
    db.prepare('DELETE FROM notices WHERE id = ?').run(noticeId);
  })();
}
