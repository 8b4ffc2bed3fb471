/**
 * 批复附件: the list of approved experiment zones as an attachment (GB/T 9704 §7.3.7):
 * "附件N" flush left on line 1, the title centred on line 3, a blank line, then the table
 * 序号 / 实验单位 / 实验主题 / 实验内容 in official order.
 */
import type { LedgerRecord } from '../../../shared/domain';
import { attachmentTable, type AttachmentTableOptions } from './attachment-table';
import { resolveFonts, type FontNames } from './fonts';
import type { PageOptions } from './page-setup';
import { attachmentLabel, blankLine, titleParagraph } from './paragraphs';
import { orderRecords, unitText, type RecordOrder } from './record-order';
import { packOfficialDocument } from './word-document';

export interface ApprovalAttachmentOptions extends AttachmentTableOptions, PageOptions {
  /** 附件 number: "附件2"; omitted for a single attachment ("附件"). */
  attachmentNo?: number;
  /** Attachment title; "\n" marks where a long title should wrap. */
  title: string;
  fonts?: Partial<FontNames>;
  /** Row order: official (division code) by default. */
  order?: RecordOrder;
}

export async function buildApprovalAttachment(
  records: readonly LedgerRecord[],
  opts: ApprovalAttachmentOptions,
): Promise<Buffer> {
  const fonts = resolveFonts(opts.fonts);
  const rows = orderRecords(records, opts.order).map((r) => ({
    unit: unitText(r),
    theme: r.title ?? '',
    content: r.content ?? '',
  }));
  return packOfficialDocument(
    [
      attachmentLabel(fonts, opts.attachmentNo),
      blankLine(),
      titleParagraph(fonts, opts.title),
      blankLine(),
      attachmentTable(rows, fonts, opts),
    ],
    { title: opts.title.replace(/\s+/g, ''), fonts, pageNumberStart: opts.pageNumberStart },
  );
}
