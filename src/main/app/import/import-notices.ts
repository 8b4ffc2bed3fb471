/**
 * Imports notice files into the ledger. Each file is one import operation in its own
 * savepoint of a transaction shared with the next files (file-batch.ts): a bad file gets a
 * clear failure and leaves the ledger exactly as it was, and the others still go in. Inside the operation: the notice and its records (one
 * compact log entry), their milestones, then the duplicate check (clear duplicates merged
 * as operations of their own by 自动, related records linked). A file imported before
 * (same sha256) is recognised and not duplicated. A dry run does the same writes and
 * rolls them back, so its preview is exactly what an import would store.
 */
import { createHash } from 'node:crypto';
import type {
  ImportFailure,
  ImportFileResult,
  ImportOutcome,
  AddedRecord,
  JoinChoice,
  RecordEdit,
} from '../../../shared/contract';
import type { LedgerRecord, Notice } from '../../../shared/domain';
import { AppError } from '../../../shared/app-error';
import { CASE_KEYS } from '../../core/dedupe/title-identity';
import { gazetteerRegionLookup } from '../../core/import/extract';
import {
  prepareImport,
  type PrepareFn,
  type PrepareInput,
  type PreparedImport,
} from '../../core/import/prepare-import';
import { userError } from '../../core/user-error';
import type { LedgerHandle } from '../../db/ledger';
import { noticesByIds } from '../../db/queries/notices';
import { recordsByIds } from '../../db/queries/records';
import { milestoneCounts } from '../../db/queries/milestones';
import { keyNotedCaseTitles } from '../../db/write/case-title-keys';
import { findNoticeBySha, importSummary } from '../../db/write/import-rows';
import { purgeWithdrawnNotice } from '../../db/write/purge-withdrawn';
import { statement } from '../../db/write/statements';
import { committedStep, inStep, type UndoStep } from '../../db/write/operation-step';
import { withOperation } from '../../db/write/with-operation';
import { dedupeAfterImport } from '../dedupe/ledger-dedupe';
import { keptRegionCodes } from '../dedupe/nearby-codes';
import type { Progress } from '../progress';
import { ReadAhead, writeInOneTransaction, type Settled } from './file-batch';
import { regenerateForNotice } from '../schedule/regenerate';
import { notePlanner, replanIfOutdated } from '../schedule/replan';
import { writeNotice } from './notice-changes';
import type { BatchNotice } from './twin-notice';

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
  /** Corrections from the preview, by index into the extracted records. */
  edits?: readonly RecordEdit[];
  /** Indexes of extracted records the user left out. */
  exclude?: readonly number[];
  /** The reviewer's re-pointed or detached joins, by index into the extracted records. */
  joins?: readonly JoinChoice[];
  /** Rows the reviewer added by hand, stored after the extracted ones in the same operation. */
  added?: readonly AddedRecord[];
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
  /**
   * A commit only: told of each file once its transaction committed (or found it stored
   * before), so what was kept for it can go; a file whose write failed is not told.
   */
  stored?: (file: { sha256: string; name: string }) => void;
  /**
   * The notices of other files previewed with these (the preview analyses one file a call):
   * a file carrying the same notice as one of them is flagged, like one earlier in the call.
   */
  alongside?: readonly BatchNotice[];
  /**
   * A dry run only: the session's files that commit before these (a confirmation before the
   * news naming its records). Written first inside each file's rolled-back transaction, so an
   * item joining a record one of them creates previews as 关联已有, as the commit will store
   * it, not as 新建. Nothing of them is reported.
   */
  before?: readonly ImportFile[];
  /**
   * A commit only: the undo step every operation it writes joins (operation-step.ts), so one
   * click importing several files, one call a file, is taken back by one 撤销.
   */
  step?: UndoStep;
}

class DryRunRollback extends Error {}

/** Errors after which the rest of a batch must not be written (the ledger changed under it). */
const STOPS_BATCH = new Set(['ledger_restored', 'ledger_replaced']);
const stopsBatch = (e: unknown) => e instanceof AppError && STOPS_BATCH.has(e.code);

/** A file read and ready to write, or found in the ledger already (nothing to write). */
type ReadFile =
  | { file: ImportFile; sha256: string; prepared: PreparedImport }
  | { file: ImportFile; sha256: string; existing: FileResult };

/** What one file adds to the outcome; merged in file order once its transaction committed. */
interface FileResult {
  notices: Notice[];
  records: LedgerRecord[];
  file: ImportFileResult;
}

/**
 * Files are read ahead and written several to a transaction, one savepoint (and one
 * import operation) per file: see file-batch.ts. A file's result counts only once its
 * transaction has committed, so what the outcome and the progress report is stored.
 */
export async function importFiles(
  ledger: LedgerHandle,
  files: readonly ImportFile[],
  opts: ImportOptions = {},
): Promise<ImportOutcome> {
  const results: Settled<FileResult>[] = [];
  let stopped: unknown = null;
  // Read in this thread, the files share one region lookup (its answers kept for the import).
  const regions = gazetteerRegionLookup();
  const prepare = opts.prepare ?? ((f: PrepareInput) => prepareImport(f, { regions }));
  // After a stop nothing more is read either (a read may purge a withdrawn copy: a write).
  const reads = new ReadAhead(files, (file) =>
    stopped ? Promise.reject(stopped) : readOne(ledger, file, prepare, !!opts.dryRun),
  );
  // A dry run is the preview's analysis: said so, never "导入完成" before anything is stored.
  const work = opts.dryRun ? { work: '分析' } : {};
  // The notices of the files written so far: a dry run rolls each back, so the ledger
  // alone would not show a later file that it carries the same notice.
  const batch: BatchNotice[] = [...(opts.alongside ?? [])];
  const ahead = opts.dryRun ? await readAhead(ledger, opts.before ?? [], prepare) : [];
  while (results.length < files.length) {
    const from = results.length;
    opts.onProgress?.({ done: from, total: files.length, item: files[from]!.name, ...work });
    const read = await reads.from(from);
    let settled: Settled<FileResult>[];
    if (stopped) settled = [{ ok: false, error: stopped }];
    else if (!read[0]!.ok) settled = [read[0]!];
    else settled = await writeRead(ledger, read, opts, batch, ahead);
    for (const [i, r] of settled.entries()) {
      if (!r.ok && stopsBatch(r.error)) stopped ??= r.error;
      results.push(r);
      const file = files[results.length - 1]!;
      const stored = r.ok && !opts.dryRun ? read[i] : undefined;
      if (stored?.ok) opts.stored?.({ sha256: stored.value.sha256, name: file.name });
      opts.onProgress?.({ done: results.length, total: files.length, item: file.name, ...work });
    }
  }
  const outcome = collect(files, results);
  // a step whose only operation was rolled back (a file failing) is none: its id is free again
  const step = opts.dryRun ? null : committedStep(ledger.db, opts.step);
  return step === null ? outcome : { ...outcome, step };
}

/** The read files at the head of `batch` (up to the first that failed), in one transaction. */
async function writeRead(
  ledger: LedgerHandle,
  batch: readonly Settled<ReadFile>[],
  opts: ImportOptions,
  written: BatchNotice[],
  ahead: readonly Prepared[],
): Promise<Settled<FileResult>[]> {
  const ready: ReadFile[] = [];
  for (const b of batch) {
    if (!b.ok) break;
    ready.push(b.value);
  }
  if (ready.every((r) => 'existing' in r))
    return ready.map((r) => ({ ok: true, value: (r as { existing: FileResult }).existing }));
  const step = opts.dryRun ? undefined : opts.step;
  try {
    if (!opts.dryRun) {
      await opts.beforeWrite?.();
      // A ledger planned by older schedule rules is re-planned first, in its own operation:
      // the import's then holds only what it wrote (replan.ts). A preview does not: it would
      // re-plan the whole ledger at every file, for counts of this notice's records only.
      inStep(ledger.db, step, () => replanIfOutdated(ledger));
    }
  } catch (error) {
    return [{ ok: false, error }];
  }
  return inStep(ledger.db, step, () =>
    writeInOneTransaction(
      ledger.db,
      ready,
      (r) => ('existing' in r ? r.existing : writeOne(ledger, r, opts, written, ahead)),
      stopsBatch,
    ),
  );
}

type Prepared = Extract<ReadFile, { prepared: PreparedImport }>;

/** The files a dry run writes first (opts.before), read once; those already stored need not be. */
async function readAhead(
  ledger: LedgerHandle,
  files: readonly ImportFile[],
  prepare: PrepareFn,
): Promise<Prepared[]> {
  const out: Prepared[] = [];
  for (const f of files) {
    const r = await readOne(ledger, f, prepare, true).catch(() => null);
    if (r && 'prepared' in r) out.push(r);
  }
  return out;
}

/** Before the transaction: recognises a file imported before, else reads and extracts it. */
async function readOne(
  ledger: LedgerHandle,
  file: ImportFile,
  prepare: PrepareFn,
  dryRun: boolean,
): Promise<ReadFile> {
  const db = ledger.db;
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const existing = findNoticeBySha(db, sha256);
  if (existing?.withdrawn && !dryRun) purgeWithdrawnNotice(db, existing.id);
  if (existing && !existing.withdrawn)
    return { file, sha256, existing: alreadyImported(ledger, file, existing.id) };
  const prepared = await prepare({
    name: file.name,
    bytes: file.bytes,
    sha256,
    edits: file.edits,
    exclude: file.exclude,
    added: file.added,
    ...(dryRun ? {} : { commit: true }),
  });
  return { file, sha256, prepared };
}

/** Imported before: reported as touched, with its records; nothing new is stored. */
function alreadyImported(ledger: LedgerHandle, file: ImportFile, noticeId: number): FileResult {
  const db = ledger.db;
  const ids = (
    statement(db, 'SELECT DISTINCT record_id AS id FROM mentions WHERE notice_id = ?').all(
      noticeId,
    ) as { id: number }[]
  ).map((r) => r.id);
  return {
    notices: noticesByIds(db, [noticeId]),
    records: recordsByIds(db, ids),
    file: { file: file.name, status: 'already_imported', noticeId, recordIds: ids },
  };
}

/** Inside the batch's transaction: one file as one import operation (a savepoint). */
function writeOne(
  ledger: LedgerHandle,
  read: Prepared,
  opts: ImportOptions,
  /** The batch's notices written before this one; this one is added once written. */
  batch: BatchNotice[],
  /** A dry run's files to write first, rolled back with it (opts.before). */
  ahead: readonly Prepared[] = [],
): FileResult {
  const db = ledger.db;
  const dryRun = !!opts.dryRun;
  const { file, sha256 } = read;
  const { notice, records, rules } = read.prepared;
  // The same bytes earlier in this batch (or from another door since the read).
  const earlier = findNoticeBySha(db, sha256);
  if (earlier && !earlier.withdrawn) return alreadyImported(ledger, file, earlier.id);
  let result: FileResult | null = null;
  const write = () =>
    withOperation(
      ledger,
      { kind: 'import', summary: importSummary(notice), actor: 'import' },
      (tx) => {
        // The operation holds SQLite's write lock from its first statement (IMMEDIATE):
        // nothing can change under this check until it commits.
        if (!dryRun) opts.verifyInTransaction?.();
        // Records already in the ledger (same zone, case or point by identity) are joined,
        // not created again; what the notice says happened to them becomes events.
        // One read of the live codes by city serves the identity and the duplicate check.
        const codes = keptRegionCodes(db);
        const choices = choicesAfterExclusion(file);
        const written = writeNotice(tx, notice, records, rules, choices, codes, batch);
        const before = milestoneCounts(db, written.noticeId);
        const plan = regenerateForNotice(tx, written.noticeId); // milestones commit (or roll back) with the notice
        notePlanner(tx); // where the re-plan before it had nothing to move
        const after = milestoneCounts(db, written.noticeId);
        // Auto-merge clear duplicates and link related records; the merges are said in the
        // summary, or the preview's 新建 N would promise rows the ledger does not get.
        const { merges } = dedupeAfterImport(tx, written.createdIds, codes);
        // the cases this notice (and any write since the last import) changed keyed for a
        // later notice's lookups by title, committed with them
        keyNotedCaseTitles(db, CASE_KEYS);
        result = {
          notices: noticesByIds(db, [written.noticeId]),
          records: recordsByIds(db, [...new Set(written.recordIds)]),
          file: {
            file: file.name,
            status: 'imported',
            noticeId: written.noticeId,
            recordIds: written.recordIds,
            changes: {
              ...written.changes,
              milestonesAdded: Math.max(0, after.all - before.all),
              milestonesClosed: plan.closed,
              autoMerged: merges.reduce((n, g) => n + g.length - 1, 0),
            },
            addedRowRegion: read.prepared.addedRowRegion,
            recordRegions: read.prepared.recordRegions,
          },
        };
      },
    );
  if (!dryRun) write();
  else {
    try {
      db.transaction(() => {
        // A file that fails to write first previews this one as if it were not there.
        for (const a of ahead)
          if (!findNoticeBySha(db, a.sha256)) {
            try {
              writeOne(ledger, a, {}, []);
            } catch {
              /* left out */
            }
          }
        write();
        throw new DryRunRollback();
      }).immediate();
    } catch (e) {
      if (!(e instanceof DryRunRollback)) throw e;
    }
  }
  const { docNo, title, issuer, issuedOn } = notice;
  batch.push({ file: file.name, docNo, title, issuer, issuedOn });
  return result!;
}

/** The reviewer's join choices keyed by the item's place once excluded items are left out. */
function choicesAfterExclusion(file: ImportFile): Map<number, number | null> {
  const out = new Map<number, number | null>();
  if (!file.joins?.length) return out;
  const excluded = new Set(file.exclude ?? []);
  for (const c of file.joins) {
    if (excluded.has(c.index)) continue;
    let before = 0;
    for (const x of excluded) if (x < c.index) before++;
    out.set(c.index - before, c.recordId);
  }
  return out;
}

function collect(files: readonly ImportFile[], results: Settled<FileResult>[]): ImportOutcome {
  const outcome: ImportOutcome = { notices: [], records: [], files: [], failures: [] };
  results.forEach((r, i) => {
    const name = files[i]!.name;
    if (r.ok) {
      outcome.notices.push(...r.value.notices);
      outcome.records.push(...r.value.records);
      outcome.files.push(r.value.file);
    } else {
      outcome.failures.push(toFailure(name, r.error));
      outcome.files.push({ file: name, status: 'failed', noticeId: null, recordIds: [] });
    }
  });
  return outcome;
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
