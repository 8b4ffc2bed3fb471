/**
 * One notice file made ready to store, without touching the ledger: read and decoded,
 * checked for size, extracted, corrected as the preview said, regions resolved, and
 * turned into the drafts the ledger stores. Throws a Chinese message for a file that
 * cannot be a notice.
 */
import type { RecordEdit } from '../../../shared/contract';
import { AppError } from '../../../shared/app-error';
import { MAX_NOTICE_CHARS } from '../../../shared/import-limits';
import type { NoticeDraft, RecordDraft, RuleDraft } from '../../../shared/ledger-drafts';
import { noticeDraft, recordDrafts, ruleDrafts } from './drafts-from-extraction';
import { extractNotice, gazetteerRegionLookup } from './extract';
import { applyCorrections } from './preview-corrections';
import { readNotice } from './readers';
import { resolveRecords } from './resolve-records';

export interface PreparedNotice {
  notice: NoticeDraft;
  records: RecordDraft[];
  rules: RuleDraft[];
}

export async function prepareNotice(
  file: {
    name: string;
    bytes: Uint8Array;
    edits?: readonly RecordEdit[];
    exclude?: readonly number[];
  },
  sha256: string,
): Promise<PreparedNotice> {
  const doc = await readNotice(file.name, file.bytes);
  if (doc.text.length > MAX_NOTICE_CHARS) {
    throw new AppError(
      'notice_too_long',
      `正文约 ${Math.round(doc.text.length / 10000)} 万字，远超一份通知的篇幅（上限 ${MAX_NOTICE_CHARS / 10000} 万字），未导入。请确认文件是否选错，或拆分后再导入。`,
    );
  }
  const extracted = applyCorrections(
    extractNotice(doc, { fileName: file.name, regions: gazetteerRegionLookup() }),
    file.edits ?? [],
    file.exclude ?? [],
  );
  const { resolved, warnings } = resolveRecords(extracted);
  return {
    notice: noticeDraft(file.name, sha256, doc, extracted, warnings),
    records: recordDrafts(resolved),
    rules: ruleDrafts(extracted),
  };
}
