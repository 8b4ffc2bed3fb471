/**
 * SQL that asks whether a record's mention carries a warning of a given code: a JSON
 * query over the mention's stored warnings, the code typed (never a text search).
 */
import type { NoticeWarningCode } from '../../../shared/notice-warnings';

/**
 * Warnings whose mentions a partial index lists by record (migration 0014, on the same text
 * test as below): a record without one is answered from the index alone. Named, because
 * without statistics on it the planner reads every mention of the record instead.
 */
const LISTED: Partial<Record<NoticeWarningCode, string>> = { truncated_item: 'mentions_truncated' };

/** `EXISTS(…)` over mentions of the record aliased `r`. */
export function mentionWarned(code: NoticeWarningCode): string {
  // The code is one of the union's literals ([a-z_]); checked anyway, as it is put into SQL.
  if (!/^[a-z_]+$/.test(code)) throw new Error(`bad warning code ${code}`);
  const index = LISTED[code];
  // The text test first: parsing every mention's JSON was most of reading a record's flags.
  return `EXISTS(SELECT 1 FROM mentions m ${index ? `INDEXED BY ${index}` : ''}
                  WHERE m.record_id = r.id AND instr(m.extracted, '"${code}"') > 0
                    AND EXISTS(SELECT 1 FROM json_each(m.extracted, '$.warnings') w
                                WHERE json_extract(w.value, '$.code') = '${code}'))`;
}
