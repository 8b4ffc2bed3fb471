/**
 * The schedule's shapes as they cross the contract. Pure types, no imports from Node,
 * so the shared contract and the renderer can use them as they use shared/domain.
 */
import type { Milestone, MilestoneKind, RecordKind } from './domain';

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
  record: {
    kind: RecordKind;
    regionText: string | null;
    regionCode: string | null;
    unit: string | null;
    title: string | null;
    programme: string | null;
  } | null;
  notice: { title: string | null; docNo: string | null } | null;
}

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
  within7: number;
  within30: number;
  within90: number;
}

export interface IcsExport {
  /** RFC 5545 text, CRLF line endings. */
  ics: string;
  events: number;
  fileName: string;
}

export type { MilestoneKind };
