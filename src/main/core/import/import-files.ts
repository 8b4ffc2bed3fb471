/**
 * Imports notice files into the ledger. Each file is its own transaction: a bad file
 * gets a clear failure and leaves the ledger exactly as it was, and the others still go in.
 * A file imported before (same sha256) is recognised and not duplicated.
 * A dry run does the same writes and rolls them back, so its preview is exactly what an
 * import would store.
 */
import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import type { ImportFailure, ImportOutcome, RecordEdit } from '../../../shared/contract';
import { noticesByIds } from '../../db/queries/notices';
import { recordsByIds } from '../../db/queries/records';
import { findNoticeBySha, writeImport } from '../../db/queries/import-writes';
import { purgeWithdrawnNotice } from '../../db/queries/import-undo';
import { AppError } from '../app-error';
import { userError } from '../user-error';
import { dedupeAfterImport } from '../dedupe/ledger-dedupe';
import { regenerateForNotice } from '../schedule/regenerate';
import { prepareImport, type PrepareFn } from './prepare-import';

export { MAX_NOTICE_CHARS } from './prepare-import';

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
  /** Corrections from the preview, by index into the extracted records. */
  edits?: readonly RecordEdit[];
  /** Indexes of extracted records the user left out. */
  exclude?: readonly number[];
}

export interface ImportProgress {
  done: number;
  total: number;
  file: string;
}

export interface ImportOptions {
  dryRun?: boolean;
  onProgress?: (p: ImportProgress) => void;
  /** Reads and extracts one file (default: in this thread; the doors use a worker). */
  prepare?: PrepareFn;
  /** Before each file's transaction: may wait (a restore elsewhere) or refuse. */
  beforeWrite?: () => Promise<void>;
  /** Inside each file's transaction, once it holds the write lock: refuses if the ledger changed. */
  verifyInTransaction?: () => void;
}

class DryRunRollback extends Error {}

/** Errors after which the rest of a batch must not be written (the ledger changed under it). */
const STOPS_BATCH = new Set(['ledger_restored', 'ledger_replaced']);

export async function importFiles(
  db: Database.Database,
  files: readonly ImportFile[],
  opts: ImportOptions = {},
): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { notices: [], records: [], files: [], failures: [] };
  let stopped: unknown = null;
  for (const [i, file] of files.entries()) {
    try {
      if (stopped) throw stopped;
      await importOne(db, file, opts, outcome);
    } catch (e) {
      if (e instanceof AppError && STOPS_BATCH.has(e.code)) stopped = e;
      outcome.failures.push(toFailure(file.name, e));
      outcome.files.push({ file: file.name, status: 'failed', noticeId: null, recordIds: [] });
    }
    opts.onProgress?.({ done: i + 1, total: files.length, file: file.name });
  }
  return outcome;
}

async function importOne(
  db: Database.Database,
  file: ImportFile,
  opts: ImportOptions,
  outcome: ImportOutcome,
) {
  const dryRun = !!opts.dryRun;
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const existing = findNoticeBySha(db, sha256);
  if (existing?.withdrawn && !dryRun) purgeWithdrawnNotice(db, existing.id);
  if (existing && !existing.withdrawn) {
    // Imported before: report it as touched, with its records, and store nothing new.
    outcome.notices.push(...noticesByIds(db, [existing.id]));
    const ids = (
      db
        .prepare('SELECT DISTINCT record_id AS id FROM mentions WHERE notice_id = ?')
        .all(existing.id) as {
        id: number;
      }[]
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

  const write = db.transaction(() => {
    const written = writeImport(db, notice, records, rules);
    // The write above holds SQLite's write lock: nothing can change under this check.
    if (!dryRun) opts.verifyInTransaction?.();
    regenerateForNotice(db, written.noticeId); // milestones commit (or roll back) with the notice
    dedupeAfterImport(db, written.recordIds); // auto-merge clear duplicates, link related records
    outcome.notices.push(...noticesByIds(db, [written.noticeId]));
    outcome.records.push(...recordsByIds(db, written.recordIds));
    outcome.files.push({
      file: file.name,
      status: 'imported',
      noticeId: written.noticeId,
      recordIds: written.recordIds,
    });
  });
  if (!dryRun) return write();
  try {
    db.transaction(() => {
      write();
      throw new DryRunRollback();
    })();
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
