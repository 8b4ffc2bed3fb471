/**
 * The one typed contract: method name → zod input schema → output type.
 * Handlers (src/main/api), the preload bridge, the HTTP server, the CLI and the
 * renderer's client are all typed from this table, so adding a method is one edit here.
 */
import { z } from 'zod';
import zhCN from 'zod/v4/locales/zh-CN.js';
import { charsAtMost } from './text-limit';
import { CHECK_NOTE_MAX } from './warning-checks';
import type { MethodName } from './api-methods';
import type {
  AppInfo,
  BackupEntry,
  LedgerSummary,
  HistoryEntry,
  LedgerCounts,
  LedgerRecord,
  MentionSplitOutcome,
  Notice,
  Page,
  RegionSuggestion,
  Resolution,
  EditOutcome,
  FacetCounts,
  GridRecord,
  GridSettings,
  HomeSummary,
  NoticeDetail,
  NoticeOverview,
  RecordPanelData,
} from './domain';
import type { DedupeSettings, DuplicateReview, DuplicateReviewGroup } from './duplicate-review';
import { EDIT_ACTIONS, EDITABLE_RECORD_FIELDS } from './domain';
import { exportDocumentOptions, type ExportPreview } from './export-options';
import type { HistoryPeek, OperationSummary, UndoOutcome } from './operations';
import { NOTICE_ROLES } from './notice-roles';
import { MERGE_GROUP_NAMES, RECORD_FIELD_NAMES } from './record-fields';
import { LINK_RELATIONS } from './record-links';
import type { ValueCluster } from './value-clusters';
import { gridQuery, gridName, columnLayout, savedView } from './grid-query-schema';
import type { DuplicateReport, ExportOutcome } from './method-results';

export type {
  ImportFailure,
  ImportFileResult,
  NoticeChanges,
  ImportOutcome,
  RegionQuery,
  DuplicateReport,
  ExportOutcome,
} from './method-results';

import {
  backupName,
  cellValue,
  empty,
  exportIds,
  isoDate,
  method,
  recordKind,
} from './contract-schemas';
import { importMethods } from './contract-import';
import { scheduleMethods } from './contract-schedule';
export type { RecordEdit, AddedRecord, JoinChoice, ImportFilePayload } from './contract-import';

// Validation messages reach people: in Chinese, like every other message.
z.config(zhCN());

/** Every field of the registry sorts (each has an index or a small sort per kind). */
export const SORTABLE_RECORD_FIELDS = RECORD_FIELD_NAMES;

export const contract = {
  'app/info': method<AppInfo>()(empty),
  'ledger/counts': method<LedgerCounts>()(empty),
  'notices/list': method<Notice[]>()(empty),
  'records/list': method<LedgerRecord[]>()(z.strictObject({ kind: recordKind.optional() })),
  'records/page': method<Page<GridRecord>>()(
    z.strictObject({
      ...gridQuery,
      /**
       * Rows the user just edited, kept in view though the search or filter no longer finds
       * them (a spreadsheet keeps the row it was typing in), until the query changes.
       */
      keepIds: z.array(z.number().int().positive()).max(500).optional(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(1000).default(100),
      sort: z
        .strictObject({ field: z.enum(SORTABLE_RECORD_FIELDS), dir: z.enum(['asc', 'desc']) })
        .optional(),
    }),
  ),
  'regions/resolve': method<Resolution[]>()(
    z.strictObject({
      texts: z.array(z.string().max(200)).min(1).max(10000),
      asOf: isoDate.optional(),
      context: z.string().max(200).optional(),
    }),
  ),
  'regions/suggest': method<RegionSuggestion[]>()(
    z.strictObject({
      query: z.string().min(1).max(50),
      limit: z.number().int().min(1).max(50).default(10),
    }),
  ),
  ...importMethods,
  'duplicates/list': method<DuplicateReport>()(empty),
  'records/merge': method<LedgerRecord>()(
    z.strictObject({ ids: z.array(z.number().int().positive()).min(2).max(1000) }),
  ),
  // Duplicates review (issue #7): accept many groups at once, each with per-field choices.
  'duplicates/review': method<DuplicateReview>()(empty),
  'duplicates/accept': method<LedgerRecord[]>()(
    z.strictObject({
      groups: z
        .array(
          z.strictObject({
            ids: z.array(z.number().int().positive()).min(2).max(1000),
            survivorId: z.number().int().positive().optional(),
            // per field group, the record whose value survives
            choices: z
              .partialRecord(z.enum(MERGE_GROUP_NAMES), z.number().int().positive())
              .optional(),
          }),
        )
        .min(1)
        .max(1000),
    }),
  ),
  'duplicates/decide': method<{ pairs: number }>()(
    z.strictObject({
      ids: z.array(z.number().int().positive()).min(2).max(1000),
      decision: z.enum(['not_duplicate', 'duplicate']),
    }),
  ),
  'duplicates/settings': method<DedupeSettings>()(
    z.strictObject({
      autoMerge: z.boolean().optional(),
      high: z.number().min(0).max(1).optional(),
      low: z.number().min(0).max(1).optional(),
    }),
  ),
  'records/unmerge': method<LedgerRecord[]>()(
    z.strictObject({ opId: z.number().int().positive() }),
  ),
  // Variant values of a column clustered by key collision (issue #17).
  'records/clusters': method<ValueCluster[]>()(
    z.strictObject({
      field: z.enum(['programme', 'unit', 'batch']),
      kind: recordKind.optional(),
    }),
  ),
  // A notice's warning marked 已核对 with a note, or opened again (issue #17).
  'notices/checkWarning': method<{ opId: number | null }>()(
    z.strictObject({
      noticeId: z.number().int().positive(),
      code: z.string().min(1).max(60),
      message: z.string().min(1).max(2000),
      note: charsAtMost(z.string(), CHECK_NOTE_MAX, '核对说明').default(''),
      checked: z.boolean().default(true),
    }),
  ),
  // Merge and link by hand from the grid's selection (issue #17).
  'records/compare': method<DuplicateReviewGroup>()(
    z.strictObject({ ids: z.array(z.number().int().positive()).min(2).max(50) }),
  ),
  'records/link': method<{ links: number }>()(
    z.strictObject({
      ids: z.array(z.number().int().positive()).min(2).max(50),
      relation: z.enum(LINK_RELATIONS),
    }),
  ),
  // 解除关联 from the record panel: every link between the two records goes.
  'records/unlink': method<{ links: number }>()(
    z.strictObject({ a: z.number().int().positive(), b: z.number().int().positive() }),
  ),
  // 拆出为新记录 from the record panel: a joined source moves to a new record, or with `into`
  // to a record already held (改关联).
  'records/splitMention': method<MentionSplitOutcome>()(
    z.strictObject({
      mentionId: z.number().int().positive(),
      into: z.number().int().positive().optional(),
    }),
  ),
  // With opId: only if that is still the operation the step would take (the one a person confirmed).
  'history/undo': method<UndoOutcome | null>()(
    z.strictObject({ opId: z.number().int().positive().optional() }),
  ),
  'history/redo': method<UndoOutcome | null>()(
    z.strictObject({ opId: z.number().int().positive().optional() }),
  ),
  'records/history': method<HistoryEntry[]>()(z.strictObject({ id: z.number().int().positive() })),
  'history/peek': method<HistoryPeek>()(empty),
  'history/list': method<OperationSummary[]>()(
    z.strictObject({
      limit: z.number().int().min(1).max(500).default(50),
      before: z.number().int().positive().optional(),
    }),
  ),
  'history/undoTo': method<UndoOutcome | null>()(
    z.strictObject({ opId: z.number().int().positive() }),
  ),
  'notices/update': method<{ opId: number | null }>()(
    z.strictObject({
      id: z.number().int().positive(),
      // Checked against TITLE_MAX_CHARS where it is stored (edit-notice.ts), with a message
      // that counts it; this bound only stops what no clerk typed.
      title: z.string().max(20_000).nullable().optional(),
      issuer: charsAtMost(z.string(), 200, '发文机关').nullable().optional(),
      docNo: charsAtMost(z.string(), 100, '文号').nullable().optional(),
      issuedOn: isoDate.nullable().optional(),
      programme: charsAtMost(z.string(), 200, '项目').nullable().optional(),
      batch: charsAtMost(z.string(), 100, '批次').nullable().optional(),
      role: z.enum(NOTICE_ROLES).nullable().optional(),
    }),
  ),
  ...scheduleMethods,
  'export/create': method<ExportOutcome>()(
    z.strictObject({
      format: z.enum(['docx', 'xlsx', 'ics']),
      out: z.string().min(1).max(1024).optional(),
      kind: recordKind.optional(),
      programme: z.string().max(200).optional(),
      year: z.number().int().min(1949).max(2100).optional(),
      /** Exactly these records in this order: what a grid shows (its filter, sort, ticks). */
      ids: exportIds,
      asOf: isoDate.optional(),
      ...exportDocumentOptions,
      /** The date printed (填报日期); also decides what is overdue when asOf is absent. */
      date: isoDate.optional(),
    }),
  ),
  'export/preview': method<ExportPreview>()(
    z.strictObject({
      kind: recordKind.optional(),
      programme: z.string().max(200).optional(),
      year: z.number().int().optional(),
      ids: exportIds,
      format: z.enum(['docx', 'xlsx', 'ics']).optional(),
      layout: exportDocumentOptions.layout,
      grouping: exportDocumentOptions.grouping,
      columns: exportDocumentOptions.columns,
      revoked: exportDocumentOptions.revoked,
    }),
  ),
  'backups/list': method<BackupEntry[]>()(empty),
  'backups/create': method<BackupEntry>()(empty),
  'backups/preview': method<LedgerSummary>()(z.strictObject({ name: backupName })),
  'backups/restore': method<LedgerSummary>()(z.strictObject({ name: backupName })),
  'ledger/export': method<{ file: string; dataBase64?: string }>()(
    z.strictObject({ out: z.string().min(1).max(1024).optional() }),
  ),
  'ledger/import': method<LedgerSummary>()(
    z.strictObject({ dataBase64: z.string().min(1).max(1_400_000_000), confirm: z.literal(true) }),
  ),
  // ---- Curation grids (issue #6) ----
  'records/facets': method<FacetCounts>()(z.strictObject(gridQuery)),
  'records/edit': method<EditOutcome>()(
    z.strictObject({
      edits: z
        .array(
          z.strictObject({
            id: z.number().int().positive(),
            field: z.enum(EDITABLE_RECORD_FIELDS),
            value: cellValue,
          }),
        )
        .min(1)
        .max(100_000),
      /** How the history names it: a cell edit, a bulk edit, a paste, a fill down, a clear. */
      action: z.enum(EDIT_ACTIONS).default('edit'),
    }),
  ),
  'records/create': method<EditOutcome>()(
    z.strictObject({
      kind: recordKind,
      fields: z.partialRecord(z.enum(EDITABLE_RECORD_FIELDS), cellValue).optional(),
    }),
  ),
  'records/delete': method<EditOutcome>()(
    z.strictObject({ ids: z.array(z.number().int().positive()).min(1).max(100_000) }),
  ),
  'records/panel': method<RecordPanelData>()(
    z.strictObject({
      id: z.number().int().positive(),
      context: z.number().int().min(0).max(2000).default(80),
    }),
  ),
  'notices/overview': method<NoticeOverview[]>()(empty),
  'notices/detail': method<NoticeDetail>()(z.strictObject({ id: z.number().int().positive() })),
  'home/summary': method<HomeSummary>()(empty),
  'views/get': method<GridSettings>()(z.strictObject({ grid: gridName })),
  'views/saveLayout': method<GridSettings>()(
    z.strictObject({ grid: gridName, layout: z.array(columnLayout).max(60).nullable() }),
  ),
  'views/save': method<GridSettings>()(z.strictObject({ grid: gridName, view: savedView })),
  'views/delete': method<GridSettings>()(
    z.strictObject({ grid: gridName, name: z.string().min(1).max(60) }),
  ),
} satisfies Record<MethodName, { input: z.ZodType; output: unknown }>;

// The contract must name exactly the methods listed in api-methods.ts, no more.
type ExtraKeys = Exclude<keyof typeof contract, MethodName>;
const noExtraKeys: ExtraKeys extends never ? true : false = true;
void noExtraKeys;

export type Contract = typeof contract;
/** What a caller may send (defaults not yet applied). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives (validated, defaults applied). */
export type ValidInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = Contract[M]['output'];
