/**
 * A Word list as an attachment (GB/T 9704 §7.3.7): the label (附件 / 附件N) flush left on
 * line 1, the title centred on line 3, a blank line, then the table in official order. With
 * several programmes or batches the records are split by default into one section per list,
 * each with a level-1 heading and its own table (list-groups.ts): one table of several lists
 * would not say which list a row stands on; a section leaves out a column other sections
 * fill and none of its rows do (sectionColumns). One table is still there when asked for.
 */
import type { FileChild } from 'docx';
import type { LedgerRecord, RecordKind } from '../../../shared/domain';
import type { ExportColumnId } from '../../../shared/export-options';
import { attachmentTable, sizeColumns, type AttachmentTableOptions } from './attachment-table';
import { toChinesePunctuation } from './chinese-punctuation';
import { resolveFonts, type FontNames } from './fonts';
import { listGroups } from './list-groups';
import { listColumns, listRows, sectionColumns, type HeaderOverrides } from './list-layout';
import type { PageOptions } from './page-setup';
import { attachmentLabel, blankLine, headingParagraph, titleParagraph } from './paragraphs';
import { orderRecords, type RecordOrder } from './record-order';
import type { StreamedTable } from './streamed-rows';
import { packOfficialDocument } from './word-document';
import type { Imprint } from './imprint';

export interface ListDocumentOptions extends AttachmentTableOptions, PageOptions {
  kind: RecordKind;
  /** "附件", "附件2", or "" for no label line. Default "附件". */
  label?: string;
  /** Title; "\n" marks where a long title should wrap (else it is broken between words). */
  title: string;
  columns?: readonly ExportColumnId[];
  /** Column headers that replace the kind's (an other-list's own table header). */
  headers?: HeaderOverrides;
  /** One section per programme and batch (the default), or one table of them all. */
  grouping?: 'together' | 'byProgramme';
  fonts?: Partial<FontNames>;
  /** Row order: official (division code) by default. */
  order?: RecordOrder;
  /** Stream the table rows into the file (default); false builds the whole document in docx. */
  streamRows?: boolean;
  /** 印发机关 and 印发日期 for the 版记 (imprint.ts). */
  imprint?: Imprint;
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
  const groups =
    opts.grouping === 'together' ? [{ heading: '', records: ordered }] : listGroups(ordered);
  groups.forEach(({ heading, records: list }, i) => {
    if (heading) {
      if (i > 0) children.push(blankLine());
      children.push(headingParagraph(fonts, heading));
    }
    const own = groups.length > 1 ? sectionColumns(opts.kind, columns, list) : columns;
    const rows = listRows(list, own);
    children.push(attachmentTable(own, rows, fonts, opts, !stream));
    streamed.push({ columns: own, rows, fonts, size: sizeColumns(own, rows, opts) });
  });
  return packOfficialDocument(
    children,
    {
      title: title.replace(/\s+/g, ''),
      fonts,
      pageNumberStart: opts.pageNumberStart,
      imprint: opts.imprint,
    },
    stream ? streamed : undefined,
  );
}
