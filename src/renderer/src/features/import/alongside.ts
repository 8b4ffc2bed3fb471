/**
 * The notices of the session's other files still awaiting commit. Each file is analysed in
 * a call of its own, so the check for the same notice in two files (the same list as Word
 * and as Excel) is told about them; a committed file is in the ledger already, and a
 * failed one is not coming.
 */
import type { Notice } from '../../../../shared/domain';

interface PreviewedFile {
  key: string;
  name: string;
  stage: string;
  notice: Pick<Notice, 'docNo' | 'title' | 'issuer' | 'issuedOn'> | null;
}

export const alongsideOf = (files: readonly PreviewedFile[], key: string) =>
  files.flatMap((f) =>
    f.key !== key && f.stage === 'preview' && f.notice
      ? [
          {
            file: f.name,
            docNo: f.notice.docNo,
            title: f.notice.title,
            issuer: f.notice.issuer,
            issuedOn: f.notice.issuedOn,
          },
        ]
      : [],
  );
