/**
 * 期限's reads a page at a time, as they cross the contract: a section's rows with every
 * section's count (deadlines/page), a month of the calendar (deadlines/month) and the records
 * the timeline can show (deadlines/zones). Pure types, as shared/schedule.ts.
 */
import type { DeadlineItem } from './schedule';

/**
 * 已逾期 (overdue, history apart), 即将到期 (open, due within the reach asked), 以后 (open, due
 * after it), 历史事项, and 待办 (every open duty: soon and later together, what a home-page
 * month bar counts).
 */
export const DEADLINE_SECTIONS = ['overdue', 'soon', 'later', 'history', 'open'] as const;
export type DeadlineSection = (typeof DEADLINE_SECTIONS)[number];

/** Each section's count under the same filter (soon at the reach asked, and at 7/30/90 days). */
export interface DeadlineSectionCounts {
  overdue: number;
  history: number;
  soon: number;
  later: number;
  open: number;
  within7: number;
  within30: number;
  within90: number;
}

export interface DeadlinePage {
  asOf: string;
  section: DeadlineSection;
  offset: number;
  /** The section's items under the filter; `items` are those from `offset` on, at most the limit. */
  total: number;
  items: DeadlineItem[];
  counts: DeadlineSectionCounts;
  /** Every item the list holds as of the date, unfiltered: none means an empty ledger. */
  listed: number;
  /** The stored ids of the whole section, when asked (全选 reaches rows not yet drawn). */
  ids?: number[];
  /** The programmes of records with deadlines (the bulk form's choice), on a first page. */
  programmes?: string[];
}

export interface DeadlineMonth {
  asOf: string;
  month: string;
  /** The days with items: the first few in full, `total` all of that day's. */
  days: { day: string; total: number; items: DeadlineItem[] }[];
  /** The days a window (公示期) runs through, its first and last day apart. */
  windowDays: string[];
}

/** A record with deadlines, as the timeline's search offers it. */
export interface DeadlineZoneChoice {
  recordId: number;
  name: string;
  programme: string | null;
  batch: string | null;
}

export interface DeadlineZones {
  zones: DeadlineZoneChoice[];
  /** More records matched than were sent: the clerk types more. */
  more: boolean;
}
