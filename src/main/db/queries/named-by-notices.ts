/**
 * The records some notices name, as the grid narrows to them after an import: all of them,
 * only those a notice created (新增), or only those it joined (关联). A mention born with its
 * record (joined = 0) is where the record was created and keeps original_record_id through
 * a merge. 关联 is what the notices name and none of them created: held before them. A record
 * one notice of a series created and the next named again is the import's new record, never
 * 关联 too (新增 and 关联 part the records, as 导入完成 counts them); an item merged at import
 * into a record already held is counted there.
 */
import type { ImportedAs } from '../../../shared/domain';

export function namedByNoticesSql(notices: string, as: ImportedAs | undefined): string {
  const ids = `SELECT value FROM json_each(${notices})`;
  const created = `r.id IN (SELECT b.original_record_id FROM mentions b
                             WHERE b.notice_id IN (${ids}) AND b.joined = 0)`;
  if (as === 'created') return created;
  // IN, not a correlated EXISTS: the notices' mentions (by their index) lead, never a scan of the ledger
  const named = `r.id IN (SELECT m.record_id FROM mentions m WHERE m.notice_id IN (${ids}))`;
  if (as === undefined) return named;
  return `(${named} AND NOT ${created})`;
}
