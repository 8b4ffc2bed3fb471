/**
 * The deadline list as of a date. Stored status is pending/done/waived; a pending
 * milestone whose deadline (the window's end, else the due date) is before the as-of
 * date is reported overdue. With withinDays N the list holds what falls due from as-of
 * to as-of + N (any status, so a done item still shows as done) plus everything overdue;
 * without it, every milestone past and future.
 */
import type Database from 'better-sqlite3';
import type { MilestoneKind, MilestoneStatus } from '../../../shared/domain';
import { listMilestoneRows, type MilestoneRow } from '../../db/queries/milestones';
import { addDays, daysBetween } from './dates';
import { milestoneLabel } from './labels';
import type { DeadlineCounts, DeadlineItem } from './shapes';

export const deadlineOf = (m: { dueOn: string; endOn?: string | null }): string =>
  m.endOn ?? m.dueOn;

export function statusAsOf(
  stored: MilestoneRow['status'],
  deadline: string,
  asOf: string,
): MilestoneStatus {
  return stored === 'pending' && deadline < asOf ? 'overdue' : stored;
}

const FALLBACK_RULE: Partial<Record<string, string>> = {
  approval: '批复/确认通知的发文日期',
};

export function toItem(m: MilestoneRow, asOf: string): DeadlineItem {
  const deadline = deadlineOf(m);
  return {
    id: m.id,
    recordId: m.recordId,
    noticeId: m.noticeId,
    kind: m.kind as MilestoneKind,
    dueOn: m.dueOn,
    ...(m.endOn ? { endOn: m.endOn } : {}),
    status: statusAsOf(m.status, deadline, asOf),
    rule: { noticeId: m.ruleNoticeId, text: m.ruleText ?? FALLBACK_RULE[m.kind] ?? '' },
    key: m.key,
    label: milestoneLabel(m.kind, m.key),
    storedStatus: m.status,
    note: m.note,
    daysLeft: daysBetween(asOf, deadline),
    record: m.record,
    notice: m.notice,
  };
}

export function listDeadlines(
  db: Database.Database,
  asOf: string,
  opts: { withinDays?: number; recordId?: number } = {},
): DeadlineItem[] {
  const items = listMilestoneRows(db, { recordId: opts.recordId }).map((m) => toItem(m, asOf));
  if (opts.withinDays === undefined) return items;
  const until = addDays(asOf, opts.withinDays);
  return items.filter((i) => {
    const d = deadlineOf(i);
    return i.status === 'overdue' || (d >= asOf && d <= until);
  });
}

/** Counts for 首页 and the start-up reminder: outstanding work only (done and waived are not counted). */
export function countDeadlines(items: readonly DeadlineItem[], asOf: string): DeadlineCounts {
  const open = items.filter((i) => i.status === 'pending');
  const within = (n: number) => open.filter((i) => i.daysLeft >= 0 && i.daysLeft <= n).length;
  return {
    asOf,
    overdue: items.filter((i) => i.status === 'overdue').length,
    within7: within(7),
    within30: within(30),
    within90: within(90),
  };
}
