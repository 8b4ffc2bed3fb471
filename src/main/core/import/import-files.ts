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
import { MAX_NOTICE_CHARS } from '../../../shared/import-limits';
import { AppError } from '../../../shared/app-error';
import { dedupeAfterImport } from '../dedupe/ledger-dedupe';
import { regenerateForNotice } from '../schedule/regenerate';
import { noticeDraft, recordDrafts, ruleDrafts } from './drafts-from-extraction';
import { extractNotice, gazetteerRegionLookup } from './extract';
import { readNotice } from './readers';
import { applyCorrections } from './preview-corrections';
import { resolveRecords } from './resolve-records';

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

class DryRunRollback extends Error {}

export { MAX_NOTICE_CHARS };

export async function importFiles(
  db: Database.Database,
  files: readonly ImportFile[],
  opts: { dryRun?: boolean; onProgress?: (p: ImportProgress) => void } = {},
): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { notices: [], records: [], files: [], failures: [] };
  for (const [i, file] of files.entries()) {
    try {
      await importOne(db, file, !!opts.dryRun, outcome);
    } catch (e) {
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
  dryRun: boolean,
  outcome: ImportOutcome,
) {
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
  const notice = noticeDraft(file.name, sha256, doc, extracted, warnings);
  const records = recordDrafts(resolved);
  const rules = ruleDrafts(extracted);

  const write = db.transaction(() => {
    const written = writeImport(db, notice, records, rules);
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
  return {
    file,
    code: 'import_failed',
    message: `${file}：导入失败（${e instanceof Error ? e.message : String(e)}）`,
  };
}
