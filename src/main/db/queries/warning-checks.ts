/** The warnings people marked 已核对 (see shared/warning-checks), read from settings. */
import type Database from 'better-sqlite3';
import { WARNING_CHECK_PREFIX, type WarningCheck } from '../../../shared/warning-checks';

export function warningChecks(db: Database.Database, noticeId?: number): WarningCheck[] {
  const prefix =
    noticeId === undefined ? WARNING_CHECK_PREFIX : `${WARNING_CHECK_PREFIX}${noticeId}:`;
  const rows = db
    .prepare(`SELECT value FROM settings WHERE substr(key, 1, length(?)) = ?`)
    .all(prefix, prefix) as { value: string }[];
  const out: WarningCheck[] = [];
  for (const r of rows) {
    try {
      const v = JSON.parse(r.value) as WarningCheck;
      if (typeof v.noticeId === 'number' && typeof v.code === 'string') out.push(v);
    } catch {
      // a value not written by checkWarning is not a check
    }
  }
  return out;
}
