/**
 * The notices of the session's other files still awaiting commit. Each file is analysed in
 * a call of its own, so the check for the same notice in two files (the same list as Word
 * and as Excel) is told about them; a committed file is in the ledger already, and a
 * failed one is not coming.
 */
import type { Notice } from '../../../../shared/domain';
import { KEPT_TEXT_MAX_CHARS, charCount } from '../../../../shared/text-limit';

interface PreviewedFile {
  key: string;
  name: string;
  stage: string;
  notice: Pick<Notice, 'docNo' | 'title' | 'issuer' | 'issuedOn'> | null;
}

/**
 * A text past what the door takes is sent as unknown: the check for a twin then goes by the
 * rest, and the next file is still analysed (a refused call would fail it for another's title).
 */
const kept = (text: string | null) =>
  text !== null && charCount(text) > KEPT_TEXT_MAX_CHARS ? null : text;

export const alongsideOf = (files: readonly PreviewedFile[], key: string) =>
  files.flatMap((f) =>
    f.key !== key && f.stage === 'preview' && f.notice
      ? [
          {
            file: f.name,
            docNo: f.notice.docNo,
            title: kept(f.notice.title),
            issuer: kept(f.notice.issuer),
            issuedOn: f.notice.issuedOn,
          },
        ]
      : [],
  );
