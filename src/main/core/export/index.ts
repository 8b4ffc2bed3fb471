/** Public API of the exports: Word lists and compilations, the leadership workbook. */
export { buildApprovalAttachment } from './approval-attachment';
export { buildCaseCompilation } from './case-compilation';
export { buildListDocument } from './list-document';
export { buildLeadershipWorkbook, writeLeadershipWorkbook } from './leadership-workbook';
