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
import type { LedgerHandle } from '../../db/ledger';
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

/**
 * How the edit is logged. A notice with no title is known only by its file name
 * (004_b7041dd861dd2b18.txt): a title given it names the edit, as it now names the notice.
 */
function editSummary(
  row: { title: string | null; file: string },
  patch: Record<string, string | null>,
): string {
  const given = row.title === null ? patch.title : null;
  if (given && Object.keys(patch).length === 1) return `填写通知标题《${given.slice(0, 30)}》`;
  return `修改通知《${(row.title ?? given ?? row.file).slice(0, 30)}》`;
}

export function editNotice(ledger: LedgerHandle, edit: NoticeEdit): { opId: number | null } {
  const row = ledger.db
    .prepare('SELECT id, title, file, role FROM notices WHERE id = ? AND withdrawn_at IS NULL')
    .get(edit.id) as
    { id: number; title: string | null; file: string; role: string | null } | undefined;
  if (!row) throw new AppError('not_found', `通知 ${edit.id} 不存在`);
  const patch: Record<string, string | null> = {};
  for (const [k, col] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, string][]) {
    const v = edit[k];
    if (v !== undefined) patch[col] = v === null || v.trim() === '' ? null : v.trim();
  }
  const summary = editSummary(row, patch);
  return withOperation(ledger, { kind: 'notice_edit', summary, noticeId: row.id }, (tx) => {
    if (tx.update('notices', row.id, patch) === 0) return { opId: null };
    if ('role' in patch && patch.role !== row.role)
      reweighNotice(tx, row.id, row.title ?? row.file);
    regenerateForNotice(tx, row.id);
    return { opId: tx.opId };
  });
}
