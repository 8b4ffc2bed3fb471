/**
 * What an export document can be told: the columns each kind offers, the options the export
 * dialog and the CLI set (attachment label, title, 填报单位, date, columns, …), and what the
 * preview tells the dialog before anything is made. Shared by the contract, the backend and
 * the renderer; plain data and zod only.
 */
import { z } from 'zod';
import type { RecordKind } from './domain';
import { exportLabel } from './record-fields';
import { charsAtMost } from './text-limit';

/** The longest document title and 填报单位 taken, in characters (the page's fields stop there). */
export const EXPORT_TITLE_MAX = 200;
export const EXPORT_UNIT_MAX = 100;

/** The record value a column prints. `seq` is the running 序号 of the document, not the notice's. */
export const EXPORT_COLUMN_IDS = ['seq', 'unit', 'title', 'recommender', 'content'] as const;
export type ExportColumnId = (typeof EXPORT_COLUMN_IDS)[number];

export interface ExportColumnSpec {
  id: ExportColumnId;
  header: string;
  /** on: always offered ticked; off: offered unticked; auto: ticked when any record has a value. */
  default: 'on' | 'off' | 'auto';
}

/**
 * One layout per kind, as the notices print them: zones as the Ministry's attachments
 * (序号/实验单位/实验主题/实验内容; 实验主题 and 实验内容 ticked only when some zone has one,
 * never an empty column: many lists name the units alone), cases as case lists (序号/地区/案例名称, 推荐单位 when known), observation points as 序号/观察点/主题 (their descriptions are paragraphs, not cells).
 * Other lists take the header of the table they came from when the notice had one. The
 * headers are the field registry's (shared/record-fields.ts): one wording per kind everywhere.
 */
export const EXPORT_COLUMNS: Record<RecordKind, readonly ExportColumnSpec[]> = {
  zone: [
    { id: 'seq', header: '序号', default: 'on' },
    { id: 'unit', header: exportLabel('unit', 'zone'), default: 'on' },
    { id: 'title', header: exportLabel('title', 'zone'), default: 'auto' },
    { id: 'content', header: exportLabel('content', 'zone'), default: 'auto' },
  ],
  case: [
    { id: 'seq', header: '序号', default: 'on' },
    { id: 'unit', header: exportLabel('unit', 'case'), default: 'on' },
    { id: 'title', header: exportLabel('title', 'case'), default: 'on' },
    { id: 'recommender', header: '推荐单位', default: 'auto' },
    { id: 'content', header: exportLabel('content', 'case'), default: 'off' },
  ],
  observation: [
    { id: 'seq', header: '序号', default: 'on' },
    { id: 'unit', header: exportLabel('unit', 'observation'), default: 'on' },
    { id: 'title', header: exportLabel('title', 'observation'), default: 'on' },
    { id: 'content', header: exportLabel('content', 'observation'), default: 'off' },
  ],
  other: [
    { id: 'seq', header: '序号', default: 'on' },
    { id: 'title', header: exportLabel('title', 'other'), default: 'on' },
    { id: 'unit', header: exportLabel('unit', 'other'), default: 'auto' },
    { id: 'content', header: exportLabel('content', 'other'), default: 'auto' },
  ],
};

export const DOCX_LAYOUTS = ['list', 'compilation'] as const;
export type DocxLayout = (typeof DOCX_LAYOUTS)[number];

/** 附件, 附件1 … 附件99, or nothing (an empty label prints no label line). */
export const ATTACHMENT_LABEL = /^(附件([1-9]\d?)?)?$/;

/** The document options of export/create, beside what selects the records. */
export const exportDocumentOptions = {
  /** 附件 / 附件N; "" for none. Default 附件. */
  label: z.string().regex(ATTACHMENT_LABEL, '附件标识应为“附件”或“附件N”').optional(),
  /** Document or summary-sheet title; derived from what is exported when absent. */
  title: charsAtMost(z.string().trim().min(1), EXPORT_TITLE_MAX, '标题').optional(),
  /** 填报单位 of the workbook; a Word document's 印发机关 in its 版记 (with date or today). */
  unitName: charsAtMost(z.string().trim(), EXPORT_UNIT_MAX, '填报单位').optional(),
  /** Columns of a Word list, in the kind's order; the kind's defaults when absent. */
  columns: z.array(z.enum(EXPORT_COLUMN_IDS)).max(EXPORT_COLUMN_IDS.length).optional(),
  /** Cases: a list table or a compilation (汇编) of write-ups. Default compilation. */
  layout: z.enum(DOCX_LAYOUTS).optional(),
  /** Compilation: a table of contents (目录) after the title. */
  contents: z.boolean().optional(),
  /** Compilation: cases without a write-up marked （材料待补） or left out. */
  missingWriteups: z.enum(['mark', 'omit']).optional(),
  /** A Word document: revoked units marked （已撤销） after their name (default) or left out. */
  revoked: z.enum(['mark', 'omit']).optional(),
  /** Several programmes or batches: one section per list (the default) or one table. */
  grouping: z.enum(['together', 'byProgramme']).optional(),
  /** Print text the import found masked (****) instead of refusing. */
  printMasked: z.boolean().optional(),
  /** Calendar: also completed and waived items. */
  includeDone: z.boolean().optional(),
};

export interface MaskedRecord {
  id: number;
  seq: number | null;
  /** Unit and title as the document would print them. */
  label: string;
}

/** What the export dialog shows before anything is made. */
export interface ExportPreview {
  rows: number;
  programmes: { programme: string | null; year: number | null; rows: number }[];
  /** The title the document gets unless the user types another. */
  title: string;
  /** Columns the kind offers, with this selection's defaults and headers. */
  /** `filled`: how many of the rows have a value for it (what ticking it would print). */
  columns: { id: ExportColumnId; header: string; on: boolean; filled: number }[];
  /** Records whose text holds masked characters (****): refused unless printMasked. */
  masked: MaskedRecord[];
  /** Cases without a write-up (compilation marks them 材料待补 or leaves them out). */
  withoutWriteup: number;
  /** Revoked units a Word document would list (marked （已撤销） or left out). */
  revoked: number;
}
