/**
 * 批复附件: the list of approved experiment zones as the Ministry prints it (序号 / 实验单位 /
 * 实验主题 / 实验内容). A zone list through the general Word list.
 */
import type { LedgerRecord } from '../../../shared/domain';
import { buildListDocument, type ListDocumentOptions } from './list-document';

export interface ApprovalAttachmentOptions extends Omit<ListDocumentOptions, 'kind' | 'label'> {
  /** 附件 number: "附件2"; omitted for a single attachment ("附件"). */
  attachmentNo?: number;
}

export async function buildApprovalAttachment(
  records: readonly LedgerRecord[],
  opts: ApprovalAttachmentOptions,
): Promise<Buffer> {
  const label = opts.attachmentNo === undefined ? '附件' : `附件${opts.attachmentNo}`;
  return buildListDocument(records, { ...opts, kind: 'zone', label });
}
