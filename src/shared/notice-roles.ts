/**
 * What a notice does in the life of a programme's records (its role), and what it says
 * happened to one listed unit (its outcome). Read by the importer from the notice's words;
 * shown in Chinese wherever a person sees them.
 */
export const NOTICE_ROLES = [
  'confirmation',
  'application_call',
  'progress_report',
  'acceptance',
  'extension',
  'revocation',
  'rules_only',
  'news',
] as const;
export type NoticeRole = (typeof NOTICE_ROLES)[number];

/** @public The roles' Chinese names, for every door that shows a notice's role. */
export const NOTICE_ROLE_LABELS: Record<NoticeRole, string> = {
  confirmation: '确认/公布名单',
  application_call: '申报/征集通知',
  progress_report: '工作通报',
  acceptance: '验收/评估结果',
  extension: '延期',
  revocation: '撤销',
  rules_only: '规则/办法',
  news: '新闻报道',
};

export const ITEM_STATUSES = ['已验收', '未通过', '已撤销', '已延期'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const ITEM_GRADES = ['优秀', '良好', '合格', '不合格'] as const;
export type ItemGrade = (typeof ITEM_GRADES)[number];

/** What a notice states happened to one unit; status words never become its title. */
export interface ItemOutcome {
  status: ItemStatus;
  grade?: ItemGrade;
  /** New end of the experiment for an extension: YYYY-MM or YYYY-MM-DD. */
  until?: string;
}
