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
import { prepareImport, type PrepareFn } from '../../core/import/prepare-import';
import { userError } from '../../core/user-error';
import type { LedgerHandle } from '../../db/ledger';
import { noticesByIds } from '../../db/queries/notices';
import { recordsByIds } from '../../db/queries/records';
import { findNoticeBySha, importSummary, insertImport } from '../../db/write/import-rows';
import { purgeWithdrawnNotice } from '../../db/write/purge-withdrawn';
import { statement } from '../../db/write/statements';
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

export interface ImportOptions {
  dryRun?: boolean;
  onProgress?: (p: Progress) => void;
  /** Reads and extracts one file (default: in this thread; the doors use a worker). */
  prepare?: PrepareFn;
  /** Before each file's operation: may wait (a restore elsewhere) or refuse. */
  beforeWrite?: () => Promise<void>;
  /** Inside each file's operation, once it holds the write lock: refuses if the ledger changed. */
  verifyInTransaction?: () => void;
}

class DryRunRollback extends Error {}

/** Errors after which the rest of a batch must not be written (the ledger changed under it). */
const STOPS_BATCH = new Set(['ledger_restored', 'ledger_replaced']);

export async function importFiles(
  ledger: LedgerHandle,
  files: readonly ImportFile[],
  opts: ImportOptions = {},
): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { notices: [], records: [], files: [], failures: [] };
  let stopped: unknown = null;
  for (const [i, file] of files.entries()) {
    opts.onProgress?.({ done: i, total: files.length, item: file.name });
    try {
      if (stopped) throw stopped;
      await importOne(ledger, file, opts, outcome);
    } catch (e) {
      if (e instanceof AppError && STOPS_BATCH.has(e.code)) stopped = e;
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
  opts: ImportOptions,
  outcome: ImportOutcome,
) {
  const dryRun = !!opts.dryRun;
  const db = ledger.db;
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const existing = findNoticeBySha(db, sha256);
  if (existing?.withdrawn && !dryRun) purgeWithdrawnNotice(db, existing.id);
  if (existing && !existing.withdrawn) {
    // Imported before: report it as touched, with its records, and store nothing new.
    outcome.notices.push(...noticesByIds(db, [existing.id]));
    const ids = (
      statement(db, 'SELECT DISTINCT record_id AS id FROM mentions WHERE notice_id = ?').all(
        existing.id,
      ) as { id: number }[]
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
  const prepare = opts.prepare ?? ((f) => prepareImport(f));
  const { notice, records, rules } = await prepare({
    name: file.name,
    bytes: file.bytes,
    sha256,
    edits: file.edits,
    exclude: file.exclude,
  });
  if (!dryRun) await opts.beforeWrite?.();

  const write = () =>
    withOperation(
      ledger,
      { kind: 'import', summary: importSummary(notice), actor: 'import' },
      (tx) => {
        // The operation holds SQLite's write lock from its first statement (IMMEDIATE):
        // nothing can change under this check until it commits.
        if (!dryRun) opts.verifyInTransaction?.();
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
  const { code, message } = userError(e);
  return {
    file,
    code: code === 'internal' ? 'import_failed' : code,
    message: `${file}：${message}`,
  };
}
