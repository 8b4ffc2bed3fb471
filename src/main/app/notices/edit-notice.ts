/**
 * Correcting what extraction read of a notice: its title, issuer, 文号, date, programme,
 * batch or role (confirmation, progress report, acceptance, news…). One operation; the
 * milestones that hang on the notice (its records' approval dates — only a confirmation
 * starts a cycle —, its own deadlines, duties its events close) are planned again inside it.
 * A changed role re-weighs what the notice contributed (its events, the values it holds by
 * its authority: reweigh-notice.ts) in the same operation.
 */
import { AppError } from '../../../shared/app-error';
import type { NoticeRole } from '../../../shared/notice-roles';
import { clipName } from '../../../shared/notice-name';
import { titleLengthProblem } from '../../../shared/title-limit';
import type { LedgerHandle } from '../../db/ledger';
import { storedNoticeName } from '../../db/queries/notice-name';
import { withOperation } from '../../db/write/with-operation';
import { regenerateForNotice } from '../schedule/regenerate';
import { reweighNotice } from './reweigh-notice';

export interface NoticeEdit {
  id: number;
  title?: string | null;
  issuer?: string | null;
  docNo?: string | null;
  issuedOn?: string | null;
  programme?: string | null;
  batch?: string | null;
  role?: NoticeRole | null;
}

const COLUMNS = {
  title: 'title',
  issuer: 'issuer',
  docNo: 'doc_no',
  issuedOn: 'issued_on',
  programme: 'programme',
  batch: 'batch',
  role: 'role',
} as const;

/** How long a notice's name may run in the edit's sentence before it ends in …. */
const NAME_CHARS = 30;

/**
 * How the edit is logged. A title given an untitled notice names the edit, as it now names
 * the notice; else the notice is named as the list names it (its title, or its issuer and
 * date or first line), never by its file name (004_b7041dd861dd2b18.txt) while more is known.
 */
function editSummary(
  db: LedgerHandle['db'],
  row: { id: number; title: string | null },
  patch: Record<string, string | null>,
): string {
  const given = row.title === null ? patch.title : null;
  if (given && Object.keys(patch).length === 1)
    return `填写通知标题《${clipName(given, NAME_CHARS)}》`;
  const name = row.title === null && given ? given : storedNoticeName(db, row.id);
  return `修改通知《${clipName(name ?? '', NAME_CHARS)}》`;
}

export function editNotice(ledger: LedgerHandle, edit: NoticeEdit): { opId: number | null } {
  const row = ledger.db
    .prepare('SELECT id, title, file, role FROM notices WHERE id = ? AND withdrawn_at IS NULL')
    .get(edit.id) as
    { id: number; title: string | null; file: string; role: string | null } | undefined;
  if (!row) throw new AppError('not_found', `通知 ${edit.id} 不存在`);
  const tooLong = titleLengthProblem(edit.title?.trim(), row.title);
  if (tooLong) throw new AppError('bad_value', tooLong);
  const patch: Record<string, string | null> = {};
  for (const [k, col] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, string][]) {
    const v = edit[k];
    if (v !== undefined) patch[col] = v === null || v.trim() === '' ? null : v.trim();
  }
  const summary = editSummary(ledger.db, row, patch);
  return withOperation(ledger, { kind: 'notice_edit', summary, noticeId: row.id }, (tx) => {
    if (tx.update('notices', row.id, patch) === 0) return { opId: null };
    if ('role' in patch && patch.role !== row.role)
      reweighNotice(tx, row.id, storedNoticeName(ledger.db, row.id) ?? row.file);
    regenerateForNotice(tx, row.id);
    return { opId: tx.opId };
  });
}
