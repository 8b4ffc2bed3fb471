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

/**
 * Roles whose items are normally records a confirmation made earlier: they join them, and
 * the import session commits them after the session's confirmations so they can.
 */
export const LATER_ROLES: ReadonlySet<NoticeRole> = new Set<NoticeRole>([
  'progress_report',
  'acceptance',
  'extension',
  'revocation',
  'news',
]);

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

/** What kind of list a notice is, as the importer reads it from its title and contents. */
export const NOTICE_KINDS = [
  'zone_approval',
  'case_list',
  'case_writeups',
  'observation_list',
  'application_notice',
  'rules',
  'other',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

const NOTICE_KIND_LABELS: Record<NoticeKind, string> = {
  zone_approval: '实验区名单',
  case_list: '案例名单',
  case_writeups: '案例材料',
  observation_list: '观察点名单',
  application_notice: '申报通知',
  rules: '规则/办法',
  other: '其他',
};

/** A notice kind in Chinese; a kind stored by another version is shown as it is. */
export const noticeKindLabel = (kind: string | null): string =>
  kind === null
    ? ''
    : Object.hasOwn(NOTICE_KIND_LABELS, kind)
      ? NOTICE_KIND_LABELS[kind as NoticeKind]
      : kind;

export const ITEM_STATUSES = ['已验收', '未通过', '已撤销', '已延期'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/**
 * 优 and 良 as a grading sheet writes them short ("优（一等）"): kept as written. 示范 is the top
 * tier an acceptance may name its passed units by (…示范实验项目 above …优秀实验项目).
 */
export const ITEM_GRADES = ['示范', '优秀', '良好', '合格', '不合格', '优', '良'] as const;
export type ItemGrade = (typeof ITEM_GRADES)[number];

/** What a notice states happened to one unit; status words never become its title. */
export interface ItemOutcome {
  status: ItemStatus;
  grade?: ItemGrade;
  /** New end of the experiment for an extension: YYYY-MM or YYYY-MM-DD. */
  until?: string;
  /**
   * The day it was decided, where the notice tells it apart from a date of its own: an undated
   * story dating the document it retells (YYYY-MM-DD). Absent: the notice's own date.
   */
  on?: string;
}
