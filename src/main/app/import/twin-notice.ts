/**
 * The same notice already in the ledger, or in another file of the same batch: the same
 * document often arrives twice in different files (the portal's web page, then the Word
 * file from the OA system; a list as Word and as Excel), and the file's own hash cannot
 * tell. Imported again it would record its mentions and status changes a second time, so
 * the preview says so and the reviewer removes one. Never refused: two notices can share
 * a title and a date and still be two documents.
 */
import type Database from 'better-sqlite3';
import type { NoticeWarning } from '../../../shared/notice-warnings';
import { docNoKey, titleDateIssuerKey, type NoticeIdentity } from '../../core/import/notice-twin';
import { statement } from '../../db/write/statements';

/** A notice of another file of the batch, read before this one. */
export interface BatchNotice extends NoticeIdentity {
  file: string;
}

type TwinWarning = Extract<NoticeWarning, { code: 'same_doc_no' | 'same_title' }>;

interface LedgerNotice {
  id: number;
  title: string | null;
  issuer: string | null;
  issued_on: string | null;
  file: string | null;
}

const REMOVE =
  '如确是同一份，请在导入前点本文件预览右上角的“移除”，只导入其中一份；已导入的，可撤销这次导入。';
const TWICE = '导入会把其中的来源和状态变更重复记一次。';

const named = (n: LedgerNotice) => (n.title ? `《${n.title}》` : `“${n.file ?? ''}”`);

/**
 * The warning for a notice that looks like one already in the ledger or earlier in `batch`.
 * The ledger first: a batch committed writes its earlier files before this one, and the
 * ledger then reads the same as after the files imported one at a time; the batch tells a
 * preview (each file's dry run rolled back) what the ledger does not hold yet.
 */
export function twinNoticeWarning(
  db: Database.Database,
  notice: NoticeIdentity,
  batch: readonly BatchNotice[] = [],
): TwinWarning | null {
  const no = docNoKey(notice);
  if (no) {
    const twin = statement(
      db,
      `SELECT id, title, issuer, issued_on, file FROM notices
        WHERE doc_no = ? AND withdrawn_at IS NULL ORDER BY id LIMIT 1`,
    ).get(no) as LedgerNotice | undefined;
    if (twin) {
      const when = twin.issued_on ? `（${twin.issued_on}）` : '';
      return {
        code: 'same_doc_no',
        message: `台账中已有文号相同（${no}）的通知${named(twin)}${when}，可能是同一份通知的另一个文件（如网页版与 Word 版）；再${TWICE}${REMOVE}`,
        docNo: no,
        noticeId: twin.id,
      };
    }
    const other = batch.find((b) => docNoKey(b) === no);
    if (!other) return null;
    return {
      code: 'same_doc_no',
      message: `本次导入的另一个文件“${other.file}”文号相同（${no}），可能是同一份通知的两个文件（如 Word 版与 Excel 版）；两份都${TWICE}${REMOVE}`,
      docNo: no,
      file: other.file,
    };
  }
  // Without a 文号 (news, a web page): title, issuer and date all equal.
  const key = titleDateIssuerKey(notice);
  if (!key) return null;
  const what = `标题、发文机关和日期（${notice.issuedOn}）都相同`;
  const sameDay = statement(
    db,
    `SELECT id, title, issuer, issued_on, file FROM notices
      WHERE issued_on = ? AND withdrawn_at IS NULL ORDER BY id`,
  ).all(notice.issuedOn) as LedgerNotice[];
  const twin = sameDay.find(
    (n) =>
      titleDateIssuerKey({
        docNo: null,
        title: n.title,
        issuer: n.issuer,
        issuedOn: n.issued_on,
      }) === key,
  );
  if (twin)
    return {
      code: 'same_title',
      message: `台账中已有${what}的通知${named(twin)}（文件“${twin.file ?? ''}”），可能是同一篇的另一个文件（如网页版与 PDF 版）；再${TWICE}${REMOVE}`,
      noticeId: twin.id,
    };
  const other = batch.find((b) => titleDateIssuerKey(b) === key);
  if (!other) return null;
  return {
    code: 'same_title',
    message: `本次导入的另一个文件“${other.file}”与本文件${what}，可能是同一篇的两个文件（如网页版与 PDF 版）；两份都${TWICE}${REMOVE}`,
    file: other.file,
  };
}
