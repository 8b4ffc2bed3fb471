/** Public API of the exports: Word lists and compilations, the leadership workbook. */
export { buildApprovalAttachment, type ApprovalAttachmentOptions } from './approval-attachment';
export { buildCaseCompilation, type CaseCompilationOptions } from './case-compilation';
export { buildListDocument, type ListDocumentOptions } from './list-document';
export { DEFAULT_FONTS, type FontNames } from './fonts';
export {
  buildLeadershipWorkbook,
  writeLeadershipWorkbook,
  type LeadershipData,
  type LeadershipOptions,
} from './leadership-workbook';
export { PROVINCES, provinceOf } from './provinces';
export {
  officialRecordOrder,
  orderRecords,
  type RecordComparator,
  type RecordOrder,
} from './record-order';
export { summaryCounts, type SummaryCounts } from './summary-counts';
