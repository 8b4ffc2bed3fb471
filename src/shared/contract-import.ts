/**
 * The import methods of the contract: files as they travel, with the preview's corrections.
 */
import { z } from 'zod';
import {
  MAX_IMPORT_CALL_FILES,
  MAX_IMPORT_FILE_BASE64,
  MAX_PREVIEW_BEFORE_FILES,
} from './import-limits';
import type { ImportOutcome } from './method-results';
import { method, recordKind } from './contract-schemas';
import { titleWithin } from './title-limit';
import { addedNameProblem } from './added-name';
import { KEPT_TEXT_MAX_CHARS, charsAtMost } from './text-limit';

/**
 * The longest text each field of the import preview takes, in characters (text-limit.ts):
 * the page checks a row against them before it is sent, the contract when it arrives.
 */
export const PREVIEW_TEXT_MAX = { regionText: 200, unit: 500, programme: 500, batch: 200 } as const;

/** A correction to the index-th extracted record of a file, made in the import preview. */
const recordEdit = z.strictObject({
  index: z.number().int().min(0),
  kind: recordKind.optional(),
  seq: z.number().int().min(0).max(100_000).nullable().optional(),
  regionText: charsAtMost(z.string(), PREVIEW_TEXT_MAX.regionText, '地区').optional(),
  title: titleWithin(z.string()).optional(),
});
export type RecordEdit = z.infer<typeof recordEdit>;
/**
 * A row the parser missed, added by hand in the import preview: the fields of the grid's
 * new-record form. It is stored with the notice in the same import operation, its source
 * marked as the reviewer, not a sentence of the notice.
 */
const addedRecord = z
  .strictObject({
    kind: recordKind,
    title: titleWithin(z.string().trim()),
    unit: charsAtMost(z.string().trim(), PREVIEW_TEXT_MAX.unit, '单位').optional(),
    regionText: charsAtMost(z.string().trim(), PREVIEW_TEXT_MAX.regionText, '地区').optional(),
    programme: charsAtMost(z.string().trim(), PREVIEW_TEXT_MAX.programme, '项目').optional(),
    year: z.number().int().min(1949).max(2100).nullable().optional(),
    batch: charsAtMost(z.string().trim(), PREVIEW_TEXT_MAX.batch, '批次').optional(),
    seq: z.number().int().min(0).max(100_000).nullable().optional(),
  })
  .superRefine((r, ctx) => {
    const problem = addedNameProblem(r.kind, r.title, r.regionText ?? '');
    if (problem) ctx.addIssue({ code: 'custom', path: ['title'], message: problem });
  });
export type AddedRecord = z.infer<typeof addedRecord>;
/**
 * The reviewer's choice for one item of a later notice, by its index in the extraction: join
 * it to this existing record instead of the one identity found, or (null) to none — a new record.
 */
const joinChoice = z.strictObject({
  index: z.number().int().min(0),
  recordId: z.number().int().positive().nullable(),
});
export type JoinChoice = z.infer<typeof joinChoice>;

/** One file of an import, as it travels (base64: the same payload over IPC and HTTP). */
const importFile = z.strictObject({
  name: z.string().min(1).max(255),
  dataBase64: z.string().max(MAX_IMPORT_FILE_BASE64),
  // Corrections made in the preview, applied before the records are stored.
  edits: z.array(recordEdit).max(100_000).optional(),
  exclude: z.array(z.number().int().min(0)).max(100_000).optional(),
  joins: z.array(joinChoice).max(100_000).optional(),
  // Rows the parser missed, added by hand in the preview (after the extracted ones).
  added: z.array(addedRecord).max(1000).optional(),
});
export type ImportFilePayload = z.infer<typeof importFile>;

/** A text the importer kept whole, passed back as it was: counted in characters. */
const keptText = (what: string) => charsAtMost(z.string(), KEPT_TEXT_MAX_CHARS, what).nullable();

export const importMethods = {
  'import/files': method<ImportOutcome>()(
    z
      .strictObject({
        files: z.array(importFile).min(1).max(MAX_IMPORT_CALL_FILES),
        dryRun: z.boolean().default(false),
        // A dry run only: the session's files that commit before these (a confirmation before
        // the news naming its records), written first in the rolled-back analysis.
        before: z.array(importFile).max(MAX_PREVIEW_BEFORE_FILES).optional(),
        // The notices of other files previewed with these: the same notice in two files is flagged.
        alongside: z
          .array(
            z.strictObject({
              file: z.string().min(1).max(255),
              docNo: z.string().max(200).nullable(),
              // As the importer gave them: a kept title runs past the typed-title limit.
              title: keptText('标题'),
              issuer: keptText('发文机关'),
              issuedOn: z.string().max(10).nullable(),
            }),
          )
          .max(1000)
          .optional(),
        // A commit only: its operations are one undo step with the same click's other calls.
        // 'new' starts the step (the outcome gives its id), the id goes on with it.
        step: z.union([z.literal('new'), z.number().int().positive()]).optional(),
      })
      // A commit writes its files alone: `before` lives only in a dry run's rollback, so on a
      // commit it would be dropped unseen while the caller believes it written first.
      .refine((i) => i.dryRun || i.before === undefined, {
        path: ['before'],
        message: '只能用于预览（dryRun: true）；正式导入请先单独导入这些文件',
      })
      .refine((i) => !i.dryRun || i.step === undefined, {
        path: ['step'],
        message: '预览不写入台账，没有可撤销的步骤',
      }),
  ),
};
