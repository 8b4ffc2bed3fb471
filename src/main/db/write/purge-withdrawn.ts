/**
 * A notice whose import was undone by an older Taizhang stays in the ledger, withdrawn
 * (today's undo takes an import's rows away instead). Importing the same file again first
 * removes that copy and everything hanging on it; its operation can no longer be redone.
 */
import type Database from 'better-sqlite3';

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
    db.prepare('DELETE FROM record_events WHERE notice_id = ?').run(noticeId);
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
    db.prepare(
      'DELETE FROM link_refusals WHERE record_a IN (SELECT value FROM json_each(?)) OR record_b IN (SELECT value FROM json_each(?))',
    ).run(json, json);
    db.prepare(
      'DELETE FROM join_refusals WHERE record_id IN (SELECT value FROM json_each(?)) OR into_id IN (SELECT value FROM json_each(?))',
    ).run(json, json);
    // Only records born in this notice and never given other mentions go.
    db.prepare(
      `DELETE FROM records WHERE id IN (SELECT value FROM json_each(?))
         AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.record_id = records.id)`,
    ).run(json);
    db.prepare(
      'UPDATE operations SET redo_discarded = 1 WHERE notice_id = ? AND undone_at IS NOT NULL',
    ).run(noticeId);
    db.prepare('UPDATE operations SET notice_id = NULL WHERE notice_id = ?').run(noticeId);
    db.prepare('UPDATE notices SET op_id = NULL WHERE id = ?').run(noticeId);
    db.prepare('DELETE FROM notices WHERE id = ?').run(noticeId);
  }).immediate();
}
