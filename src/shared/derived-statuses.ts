/**
 * The statuses a record is given from what has happened to it when nobody wrote one
 * (core/export/record-status.ts, and its SQL form db/queries/shown-status.ts): the
 * workbook's 状态 drop-down, and the words quick search takes for a status.
 */
export const STATUS_CHOICES = [
  '实验中',
  '待验收',
  '已验收',
  '已延期',
  '已终止',
  '已公布',
  '已确认',
] as const;
