/**
 * Where each of a record's values came from, for the record panel's 来历 of a field: the
 * notice (and its 序号) whose sentence gave it, or the operation that set it (an edit by
 * hand, a merge's choice, a later notice weighed higher), with when and who. Read from the
 * field_sources view (migration 0008): the ledger has always kept this; the panel never said.
 */
import type Database from 'better-sqlite3';
import type { FieldSource } from '../../../shared/domain';
import { actorLabel, operationKindLabel } from '../../../shared/operations';
import { fieldOfColumn } from '../../../shared/record-fields';
import { storedNoticeNamer } from './notice-name';

interface SourceRow {
  field: string;
  mention_id: number | null;
  notice_id: number | null;
  notice_file: string | null;
  doc_no: string | null;
  seq: number | null;
  op_id: number | null;
  op_kind: string | null;
  actor: string | null;
  at: string | null;
}

export function fieldSources(db: Database.Database, recordId: number): FieldSource[] {
  const rows = db
    .prepare(
      `SELECT s.field, s.mention_id, m.notice_id, n.file AS notice_file,
              n.doc_no, m.seq, s.op_id, o.kind AS op_kind, o.actor, o.created_at AS at
         FROM field_sources s
         LEFT JOIN mentions m ON m.id = s.mention_id
         LEFT JOIN notices n ON n.id = m.notice_id
         LEFT JOIN operations o ON o.id = s.op_id
        WHERE s.record_id = ?`,
    )
    .all(recordId) as SourceRow[];
  const nameOf = storedNoticeNamer(db);
  const out: FieldSource[] = [];
  for (const r of rows) {
    const field = fieldOfColumn(r.field);
    if (!field) continue;
    out.push({
      field,
      mentionId: r.mention_id,
      noticeId: r.notice_id,
      noticeTitle: nameOf(r.notice_id) ?? r.notice_file,
      docNo: r.doc_no,
      seq: r.seq,
      opId: r.op_id,
      opKind: r.op_kind,
      opLabel: r.op_kind === null ? null : operationKindLabel(r.op_kind),
      actorLabel: r.actor === null ? null : actorLabel(r.actor),
      at: r.at,
    });
  }
  return out;
}
