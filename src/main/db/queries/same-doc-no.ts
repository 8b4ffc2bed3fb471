/**
 * A notice already in the ledger under the same 文号: the same document often arrives twice
 * in different files (the portal's web page, then the Word file from the OA system), and the
 * file's own hash cannot tell. Imported again it would record its mentions and status
 * changes a second time, so the preview says so.
 */
import type Database from 'better-sqlite3';
import type { NoticeWarning } from '../../../shared/notice-warnings';
import { statement } from '../write/statements';

export function sameDocNoWarning(
  db: Database.Database,
  docNo: string | null,
): Extract<NoticeWarning, { code: 'same_doc_no' }> | null {
  const no = docNo?.trim();
  if (!no) return null;
  const twin = statement(
    db,
    `SELECT id, title, issued_on, file FROM notices
      WHERE doc_no = ? AND withdrawn_at IS NULL ORDER BY id LIMIT 1`,
  ).get(no) as
    { id: number; title: string | null; issued_on: string | null; file: string | null } | undefined;
  if (!twin) return null;
  const name = twin.title ? `《${twin.title}》` : `“${twin.file ?? ''}”`;
  const when = twin.issued_on ? `（${twin.issued_on}）` : '';
  return {
    code: 'same_doc_no',
    message: `台账中已有文号相同（${no}）的通知${name}${when}，可能是同一份通知的另一个文件（如网页版与 Word 版）；再导入会把其中的来源和状态变更重复记一次。如确是同一份，请点“移除”。`,
    docNo: no,
    noticeId: twin.id,
  };
}
