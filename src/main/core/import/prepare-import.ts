/**
 * The pure half of importing a file: bytes → what the ledger will store (the notice, its
 * record drafts, its rule drafts). No database, no shared state: this is what runs in the
 * import worker (app/import/import-worker.ts) so a slow or hostile file never blocks other requests,
 * and what runs in-thread for tests and scripts.
 */
import type { AddedRecord, RecordEdit } from '../../../shared/contract';
import { AppError } from '../../../shared/app-error';
import { MAX_NOTICE_CHARS } from '../../../shared/import-limits';
import type { NoticeDraft, RecordDraft, RuleDraft } from '../../../shared/ledger-drafts';
import type { RegionQuery } from '../../../shared/method-results';
import { noticeDraft, recordDrafts, ruleDrafts } from './drafts-from-extraction';
import {
  extractNotice,
  gazetteerRegionLookup,
  type ExtractedNotice,
  type RegionLookup,
} from './extract';
import { applyCorrections } from './preview-corrections';
import { READ_LIMITS, readNotice, type ReadNoticeOptions } from './readers';
import type { SourceDocument } from './source-document';
import { limitError } from './readers/budget';
import { withoutAnsweredWarnings } from './answered-warnings';
import { regionQueryFor, resolveRecords } from './resolve-records';

export interface PrepareInput {
  name: string;
  bytes: Uint8Array;
  sha256: string;
  edits?: readonly RecordEdit[];
  exclude?: readonly number[];
  /** Rows the reviewer added by hand in the preview. */
  added?: readonly AddedRecord[];
  /**
   * The drafts are for a commit, which writes them: a cache keeps nothing new for it (what a
   * preview kept goes once the commit is stored; a preview leaves this unset).
   */
  commit?: boolean;
}

export interface PreparedImport {
  notice: NoticeDraft;
  records: RecordDraft[];
  rules: RuleDraft[];
  /** How a row added by hand in the preview is resolved (the notice's place and date). */
  addedRowRegion: RegionQuery;
  /**
   * How each extracted item's region is resolved, in extraction order (the index preview
   * edits refer to): a region retyped in the preview is checked with the same query.
   */
  recordRegions: RegionQuery[];
}

export interface PrepareOptions extends ReadNoticeOptions {
  /**
   * The region lookup (default: a fresh gazetteer lookup for this file). The files of one
   * import pass one lookup, so a place named in several notices is split once.
   */
  regions?: RegionLookup;
  /**
   * Extractions kept between calls (app/import/extraction-cache.ts): a file extracted before
   * is not read again, whatever corrections this call brings.
   */
  extractions?: ExtractionStore;
}

/** Where extractions are kept by file; `keep` must not hold `extracted` itself (drafts are made from it). */
export interface ExtractionStore {
  get(file: PrepareInput): ExtractedFile | undefined;
  keep(file: PrepareInput, extracted: ExtractedFile): void;
}

/**
 * What reading and extracting a file gave, before any of the preview's corrections: a
 * commit with other corrections than its preview's starts again from here, not from the bytes.
 */
export interface ExtractedFile {
  doc: SourceDocument;
  found: ExtractedNotice;
}

/** The per-file time budget's check: the readers watch the clock, extraction between steps. */
function budget(opts: PrepareOptions): () => void {
  const maxMillis = opts.limits?.maxMillis ?? READ_LIMITS.maxMillis;
  const until = Date.now() + maxMillis;
  return () => {
    if (Date.now() > until)
      throw limitError(
        'read_timeout',
        `读取用时超过 ${Math.round(maxMillis / 1000)} 秒（每个文件的上限）`,
        '请确认文件是否正确，或拆分后再导入',
      );
  };
}

/** Reads and extracts one file (no corrections); throws an AppError with a Chinese message. */
async function extractFile(
  file: Pick<PrepareInput, 'name' | 'bytes'>,
  opts: PrepareOptions = {},
  inTime: () => void = budget(opts),
): Promise<ExtractedFile> {
  const doc = await readNotice(file.name, file.bytes, opts);
  inTime();
  if (doc.text.length > MAX_NOTICE_CHARS) {
    throw new AppError(
      'notice_too_long',
      `正文约 ${Math.round(doc.text.length / 10000)} 万字，远超一份通知的篇幅（上限 ${MAX_NOTICE_CHARS / 10000} 万字），未导入。请确认文件是否选错，或拆分后再导入。`,
    );
  }
  const found = extractNotice(doc, {
    fileName: file.name,
    regions: opts.regions ?? gazetteerRegionLookup(),
  });
  return { doc, found };
}

/**
 * The drafts of an extracted file with the preview's corrections applied: regions resolved
 * and answered warnings dropped. Leaves `extracted` as it was given.
 */
function draftsOf(
  file: PrepareInput,
  { doc, found }: ExtractedFile,
  inTime: () => void = () => undefined,
): PreparedImport {
  const extracted = applyCorrections(found, file.edits ?? [], file.exclude ?? [], file.added ?? []);
  inTime();
  const placed = resolveRecords(extracted);
  const { notice, resolved } = withoutAnsweredWarnings(extracted, placed.resolved);
  inTime();
  return {
    notice: noticeDraft(file.name, file.sha256, doc, notice, placed.warnings),
    records: recordDrafts(resolved),
    rules: ruleDrafts(extracted),
    addedRowRegion: regionQueryFor(extracted),
    recordRegions: found.records.map((r) => regionQueryFor(found, r)),
  };
}

/** Reads, extracts and resolves one file; throws an AppError with a Chinese message. */
export async function prepareImport(
  file: PrepareInput,
  opts: PrepareOptions = {},
): Promise<PreparedImport> {
  const inTime = budget(opts);
  let extracted = opts.extractions?.get(file);
  if (!extracted) {
    extracted = await extractFile(file, opts, inTime);
    opts.extractions?.keep(file, extracted);
  }
  return draftsOf(file, extracted, inTime);
}

/** How a caller prepares files: in this thread by default, or in a worker. */
export type PrepareFn = (file: PrepareInput) => Promise<PreparedImport>;
