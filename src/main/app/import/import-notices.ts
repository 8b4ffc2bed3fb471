/**
 * Imports notice files into the ledger. Each file is one import operation in its own
 * transaction: a bad file gets a clear failure and leaves the ledger exactly as it was,
 * and the others still go in. Inside the operation: the notice and its records (one
 * compact log entry), their milestones, then the duplicate check (clear duplicates merged
 * as operations of their own by 自动, related records linked). A file imported before
 * (same sha256) is recognised and not duplicated. A dry run does the same writes and
 * rolls them back, so its preview is exactly what an import would store.
 */
import { createHash } from 'node:crypto';
import type { ImportFailure, ImportOutcome, RecordEdit } from '../../../shared/contract';
import { AppError } from '../../../shared/app-error';
import { MAX_NOTICE_CHARS } from '../../../shared/import-limits';
import { prepareNotice } from '../../core/import/prepare-notice';
import type { LedgerHandle } from '../../db/ledger';
import { noticesByIds } from '../../db/queries/notices';
import { recordsByIds } from '../../db/queries/records';
import { findNoticeBySha, importSummary, insertImport } from '../../db/write/import-rows';
import { purgeWithdrawnNotice } from '../../db/write/purge-withdrawn';
import { withOperation } from '../../db/write/with-operation';
import { dedupeAfterImport } from '../dedupe/ledger-dedupe';
import type { Progress } from '../progress';
import { regenerateForNotice } from '../schedule/regenerate';

export { MAX_NOTICE_CHARS };

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
  /** Corrections from the preview, by index into the extracted records. */
  edits?: readonly RecordEdit[];
  /** Indexes of extracted records the user left out. */
  exclude?: readonly number[];
}

class DryRunRollback extends Error {}

export async function importFiles(
  ledger: LedgerHandle,
  files: readonly ImportFile[],
  opts: { dryRun?: boolean; onProgress?: (p: Progress) => void } = {},
): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { notices: [], records: [], files: [], failures: [] };
  for (const [i, file] of files.entries()) {
    opts.onProgress?.({ done: i, total: files.length, item: file.name });
    try {
      await importOne(ledger, file, !!opts.dryRun, outcome);
    } catch (e) {
      outcome.failures.push(toFailure(file.name, e));
      outcome.files.push({ file: file.name, status: 'failed', noticeId: null, recordIds: [] });
    }
    opts.onProgress?.({ done: i + 1, total: files.length, item: file.name });
  }
  return outcome;
}

async function importOne(
  ledger: LedgerHandle,
  file: ImportFile,
  dryRun: boolean,
  outcome: ImportOutcome,
) {
  const db = ledger.db;
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const existing = findNoticeBySha(db, sha256);
  if (existing?.withdrawn && !dryRun) purgeWithdrawnNotice(db, existing.id);
  if (existing && !existing.withdrawn) {
    // Imported before: report it as touched, with its records, and store nothing new.
    outcome.notices.push(...noticesByIds(db, [existing.id]));
    const ids = (
      db
        .prepare('SELECT DISTINCT record_id AS id FROM mentions WHERE notice_id = ?')
        .all(existing.id) as { id: number }[]
    ).map((r) => r.id);
    outcome.records.push(...recordsByIds(db, ids));
    outcome.files.push({
      file: file.name,
      status: 'already_imported',
      noticeId: existing.id,
      recordIds: ids,
    });
    return;
  }
  const { notice, records, rules } = await prepareNotice(file, sha256);

  const write = () =>
    withOperation(
      ledger,
      { kind: 'import', summary: importSummary(notice), actor: 'import' },
      (tx) => {
        const written = insertImport(tx, notice, records, rules);
        regenerateForNotice(tx, written.noticeId); // milestones commit (or roll back) with the notice
        dedupeAfterImport(tx, written.recordIds); // auto-merge clear duplicates, link related records
        outcome.notices.push(...noticesByIds(db, [written.noticeId]));
        outcome.records.push(...recordsByIds(db, written.recordIds));
        outcome.files.push({
          file: file.name,
          status: 'imported',
          noticeId: written.noticeId,
          recordIds: written.recordIds,
        });
      },
    );
  if (!dryRun) return write();
  try {
    db.transaction(() => {
      write();
      throw new DryRunRollback();
    }).immediate();
  } catch (e) {
    if (!(e instanceof DryRunRollback)) throw e;
  }
}

function toFailure(file: string, e: unknown): ImportFailure {
  if (e instanceof AppError) return { file, code: e.code, message: `${file}：${e.message}` };
  return {
    file,
    code: 'import_failed',
    message: `${file}：导入失败（${e instanceof Error ? e.message : String(e)}）`,
  };
}
