/**
 * The schedule's shapes as they cross the contract. Pure types, no imports from Node,
 * so the shared contract and the renderer can use them as they use shared/domain.
 */
import type { Milestone, RecordKind } from './domain';

/** The record a deadline belongs to, as much of it as the deadline views show. */
export interface DeadlineRecord {
  kind: RecordKind;
  regionText: string | null;
  /** Its place with its city (and province), shared/place-name.ts: 鼓楼区 alone is four. */
  place: string | null;
  regionCode: string | null;
  unit: string | null;
  title: string | null;
  programme: string | null;
}

/** A milestone as the deadline views and the CLI show it: the contract's Milestone plus context. */
export interface DeadlineItem extends Milestone {
  /** Stable identity across regeneration (also the ICS UID). */
  key: string;
  /** Chinese title, e.g. "2019年度实验计划". */
  label: string;
  /** pending / done / waived as stored; `status` adds overdue as of the asked date. */
  storedStatus: 'pending' | 'done' | 'waived';
  note: string | null;
  /** Days from as-of to the deadline (endOn for windows, else dueOn); negative when past. */
  daysLeft: number;
  record: DeadlineRecord | null;
  notice: DeadlineNotice | null;
  /**
   * Foreseen, not yet stored: an annual deadline of a year past the ledger's horizon (a
   * read never writes; the next write that plans milestones stores it). Its id is negative
   * and its status cannot be set until then.
   */
  projected?: true;
  /**
   * Overdue, but history rather than work: its cycle had ended long before the ledger
   * learned of it (core/schedule/history.ts). Listed apart, never counted as overdue.
   */
  historical?: true;
  /**
   * A date the notice states that is no one's duty (a 公示 window): shown for information,
   * over once past its end (status done), never 待办 or 逾期 nor counted as outstanding.
   */
  informational?: true;
}

/**
 * The notice a deadline came from, with what names it when it has no title or 文号: a
 * notice whose title was not recognised is still known to staff by its sender and date or
 * by the file they imported.
 */
export interface DeadlineNotice {
  title: string | null;
  docNo: string | null;
  issuer?: string | null;
  issuedOn?: string | null;
  file?: string | null;
  /** An untitled notice's first line (notice-name.ts): what the notices list names it by. */
  firstLine?: string | null;
}

const given = (s: string | null | undefined): string | null => s?.trim() || null;

/**
 * Who a deadline is for, as the lists, the reminder and the calendar name it: the record's
 * place (with its city: place-name.ts) or unit; else its notice by 文号, title, sender and date, first line (as the notices
 * list and the undo button name an untitled notice), or file name (without the extension).
 * Null only when nothing is known, never a placeholder the clerk cannot place.
 */
export function deadlineWho(i: Pick<DeadlineItem, 'record' | 'notice'>): string | null {
  const r = i.record;
  const fromRecord = given(r?.place) ?? given(r?.regionText) ?? given(r?.unit);
  if (fromRecord) return fromRecord;
  const n = i.notice;
  if (!n) return null;
  const sent = [given(n.issuer), given(n.issuedOn)].filter(Boolean).join(' ');
  const file = given(n.file)?.replace(/\.[A-Za-z0-9]{1,5}$/, '');
  return (
    given(n.docNo) ??
    given(n.title) ??
    (given(n.issuer) && given(n.issuedOn) ? `${sent} 通知` : null) ??
    (given(n.firstLine) ? `《${given(n.firstLine)}》` : null) ??
    (given(n.issuer) ? `${sent} 通知` : null) ??
    (file ? `《${file}》` : null) ??
    (given(n.issuedOn) ? `${n.issuedOn} 通知` : null)
  );
}

/** Outstanding work: a pending duty (a running 公示 window is information, no duty). */
export const isOpenDuty = (i: Pick<DeadlineItem, 'status' | 'informational'>): boolean =>
  i.status === 'pending' && !i.informational;

export type RuleSource = 'notice' | 'default' | 'record';

/** A rule as the rules editor shows it. Notice rules are read-only: they are what a notice said. */
export interface ScheduleRule {
  id: number;
  noticeId: number | null;
  noticeTitle: string | null;
  programme: string | null;
  kind: string;
  text: string;
  params: Record<string, unknown>;
  source: RuleSource;
  /** For record-scoped rules (an extension, a corrected start date). */
  recordId: number | null;
}

export interface DeadlineCounts {
  asOf: string;
  overdue: number;
  /** Overdue duties of cycles that had ended long before they were imported (not in overdue). */
  historical: number;
  within7: number;
  within30: number;
  within90: number;
}

/**
 * 首页's deadline panel in one small answer: the counts, the bars of the coming months and
 * the reminder's first items — not the list they are counted from (at 100,000 records,
 * 150,000 overdue duties of old cycles: 100 MB the page only counted).
 */
export interface DeadlineGlance {
  counts: DeadlineCounts;
  /** Open duties ending in each month from the as-of month on (YYYY-MM), every month listed. */
  months: { month: string; count: number }[];
  /** The reminder's first items: overdue (not history) first, then due within 7 days. */
  first: DeadlineItem[];
  /** Items the list within 90 days holds (any status), and within the months shown. */
  near90: number;
  nearMonths: number;
}

export interface IcsExport {
  /** RFC 5545 text, CRLF line endings. */
  ics: string;
  events: number;
  fileName: string;
}

/** A rule as stored, with what the schedule needs of its notice: what milestones are computed from. */
export interface RuleRow {
  id: number;
  noticeId: number | null;
  programme: string | null;
  kind: string;
  text: string;
  spanStart: number | null;
  params: Record<string, unknown>;
  /** Of the notice, for precedence and first years (null for user rules). */
  noticeIssuedOn: string | null;
  noticeDocNo: string | null;
  noticeTitle: string | null;
  /** The batch the rule belongs to (null: the notice's whole programme). */
  batch?: string | null;
  /** What the rule's notice is (confirmation, news, …); null for user rules and older notices. */
  noticeRole?: string | null;
  /** Who sent it and its file: what names a notice without title or 文号 (deadlineWho). */
  noticeIssuer?: string | null;
  noticeFile?: string | null;
}

/** What the schedule needs of a record: its programme and the notices naming it, in mention order. */
export interface ScheduleSubject {
  id: number;
  programme: string | null;
  /** zone | case | observation | other (what a period alone may ask of it). */
  kind?: string | null;
  batch?: string | null;
  mentions: {
    noticeId: number;
    issuedOn: string | null;
    kind: string | null;
    title: string | null;
    /** The notice's role (null: imported before roles were stored). */
    role?: string | null;
  }[];
  /** The latest extension's new end told by a status event (YYYY-MM or YYYY-MM-DD). */
  extendedUntil?: string | null;
  /** The latest failed acceptance (未通过) told by a status event, if any. */
  failed?: FailedReview | null;
}

export interface FailedReview {
  noticeId: number;
  occurredOn: string | null;
  /** The notice's sentence about it, and its whole text: where a rectification period is stated. */
  sentence: string;
  noticeText: string;
}

/** The rule kinds a person may add or change by hand (rules/update). */
export const EDITABLE_RULE_KINDS = [
  'cycle',
  'range',
  'annual_plan',
  'annual_summary',
  'midterm',
  'final_report',
  'acceptance',
  'extension',
  'approval',
] as const;
