/**
 * The records some notices name, as the grid narrows to them after an import: all of them,
 * only those a notice created (新增), or only those it joined (关联). A mention born with its
 * record (joined = 0) is where the record was created and keeps original_record_id through
 * a merge; a record a notice names without having created it was held before, so joined —
 * an item merged at import into a record already held is counted there too.
 */
import type { ImportedAs } from '../../../shared/domain';

export function namedByNoticesSql(notices: string, as: ImportedAs | undefined): string {
  const ids = `SELECT value FROM json_each(${notices})`;
  if (as === 'created')
    return `r.id IN (SELECT b.original_record_id FROM mentions b
                      WHERE b.notice_id IN (${ids}) AND b.joined = 0)`;
  const named = `SELECT 1 FROM mentions m WHERE m.record_id = r.id AND m.notice_id IN (${ids})`;
  if (as === undefined) return `EXISTS (${named})`;
  return `EXISTS (${named} AND NOT EXISTS (SELECT 1 FROM mentions b
                   WHERE b.notice_id = m.notice_id AND b.original_record_id = r.id
                     AND b.joined = 0))`;
}
