/**
 * 已核对: a person marks one of a notice's warnings as reviewed, with a note (or opens it
 * again). One operation, so 撤销 takes it back like any edit.
 */
import { AppError } from '../../../shared/app-error';
import { parseNoticeWarnings } from '../../../shared/notice-warnings';
import { warningCheckKey, type WarningCheck } from '../../../shared/warning-checks';
import type { LedgerHandle } from '../../db/ledger';
import { storedNoticeName } from '../../db/queries/notice-name';
import { withOperation } from '../../db/write/with-operation';

export interface WarningCheckRequest {
  noticeId: number;
  code: string;
  message: string;
  note: string;
  checked: boolean;
}

export function checkWarning(
  ledger: LedgerHandle,
  req: WarningCheckRequest,
): { opId: number | null } {
  const row = ledger.db
    .prepare('SELECT title, file, warnings FROM notices WHERE id = ? AND withdrawn_at IS NULL')
    .get(req.noticeId) as { title: string | null; file: string; warnings: string } | undefined;
  if (!row) throw new AppError('not_found', '这份通知不存在或已撤回');
  const found = parseNoticeWarnings(row.warnings).some(
    (w) => w.code === req.code && w.message === req.message,
  );
  if (!found) throw new AppError('not_found', '这条警告已不在通知中，请刷新');
  // named as the notices list names it, cut with … (never a bare file name while more is known)
  const name = storedNoticeName(ledger.db, req.noticeId, 30) ?? row.file;
  const summary = req.checked ? `核对《${name}》的一条警告` : `重新打开《${name}》的一条警告`;
  return withOperation(ledger, { kind: 'warning_check', summary, noticeId: req.noticeId }, (tx) => {
    const key = warningCheckKey(req.noticeId, req.code, req.message);
    const check: WarningCheck = {
      noticeId: req.noticeId,
      code: req.code,
      message: req.message,
      note: req.note.trim(),
      at: tx.now,
    };
    tx.setSetting(key, req.checked ? JSON.stringify(check) : null);
    return { opId: tx.opId };
  });
}
