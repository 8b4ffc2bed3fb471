/**
 * A Word list as an attachment (GB/T 9704 §7.3.7): the label (附件 / 附件N) flush left on
 * line 1, the title centred on line 3, a blank line, then the table in official order. With
 * several programmes the records may also be split into one section per programme, each
 * with a level-1 heading and its own table.
 */
import type { FileChild } from 'docx';
import type { LedgerRecord, RecordKind } from '../../../shared/domain';
import type { ExportColumnId } from '../../../shared/export-options';
import { attachmentTable, sizeColumns, type AttachmentTableOptions } from './attachment-table';
import { chineseNumeral } from './chinese-numerals';
import { toChinesePunctuation } from './chinese-punctuation';
import { resolveFonts, type FontNames } from './fonts';
import { listColumns, listRows, type HeaderOverrides } from './list-layout';
import type { PageOptions } from './page-setup';
import { attachmentLabel, blankLine, headingParagraph, titleParagraph } from './paragraphs';
import { orderRecords, type RecordOrder } from './record-order';
import { programmeLabel } from './summary-counts';
import type { StreamedTable } from './streamed-rows';
import { packOfficialDocument } from './word-document';

export interface ListDocumentOptions extends AttachmentTableOptions, PageOptions {
  kind: RecordKind;
  /** "附件", "附件2", or "" for no label line. Default "附件". */
  label?: string;
  /** Title; "\n" marks where a long title should wrap (else it is broken between words). */
  title: string;
  columns?: readonly ExportColumnId[];
  /** Column headers that replace the kind's (an other-list's own table header). */
  headers?: HeaderOverrides;
  /** One table, or one section per programme. */
  grouping?: 'together' | 'byProgramme';
  fonts?: Partial<FontNames>;
  /** Row order: official (division code) by default. */
  order?: RecordOrder;
  /** Stream the table rows into the file (default); false builds the whole document in docx. */
  streamRows?: boolean;
}

/** Records grouped by programme label, groups in the order their first record comes. */
function byProgramme(records: readonly LedgerRecord[]): [string, LedgerRecord[]][] {
  const groups = new Map<string, LedgerRecord[]>();
  for (const r of records) {
    const key = programmeLabel(r);
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  return [...groups.entries()];
}

export async function buildListDocument(
  records: readonly LedgerRecord[],
  opts: ListDocumentOptions,
): Promise<Buffer> {
  const fonts = resolveFonts(opts.fonts);
  const ordered = orderRecords(records, opts.order);
  const columns = listColumns(opts.kind, ordered, opts.columns, opts.headers);
  const label = opts.label ?? '附件';
  const title = toChinesePunctuation(opts.title);
  const children: FileChild[] = [];
  // Line 1 the label, line 3 the title: with no label the title still sits on line 3.
  children.push(label ? attachmentLabel(fonts, label) : blankLine(), blankLine());
  children.push(titleParagraph(fonts, title), blankLine());
  const stream = opts.streamRows ?? true;
  const streamed: StreamedTable[] = [];
  const groups = opts.grouping === 'byProgramme' ? byProgramme(ordered) : [['', ordered] as const];
  groups.forEach(([programme, list], i) => {
    if (groups.length > 1) {
      if (i > 0) children.push(blankLine());
      const heading = `${chineseNumeral(i + 1)}、${toChinesePunctuation(programme)}（${list.length}个）`;
      children.push(headingParagraph(fonts, heading));
    }
    const rows = listRows(list, columns);
    children.push(attachmentTable(columns, rows, fonts, opts, !stream));
    streamed.push({ columns, rows, fonts, size: sizeColumns(columns, rows, opts) });
  });
  return packOfficialDocument(
    children,
    { title: title.replace(/\s+/g, ''), fonts, pageNumberStart: opts.pageNumberStart },
    stream ? streamed : undefined,
  );
}
