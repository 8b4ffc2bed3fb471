/**
 * A record's status is told by its events, never typed into a title: 实验中 until a notice
 * says otherwise, then 已验收 (with its grade), 未通过, 已撤销 or 已延期 (with the new end).
 * The latest event by date decides; events of one day are ordered by how final they are.
 */
import type { ItemGrade, ItemStatus } from '../../../shared/notice-roles';
import { isSecondary } from './source-authority';

export interface StatusEvent {
  status: ItemStatus;
  grade: ItemGrade | null;
  untilOn: string | null;
  occurredOn: string | null;
}

const FINALITY: Record<ItemStatus, number> = { 已延期: 0, 未通过: 1, 已验收: 2, 已撤销: 3 };

/**
 * The events that may tell the status: an official notice's, where there is one — a news
 * item's word counts only while no official notice has spoken about the record.
 */
export function authoritative<E extends { role?: string | null }>(events: readonly E[]): E[] {
  const official = events.filter((e) => !isSecondary(e.role));
  return official.length > 0 ? official : [...events];
}

/** An acceptance told without a grade, of a record whose acceptance another event grades. */
const retells = (x: StatusEvent, y: StatusEvent) =>
  x.status === '已验收' && y.status === '已验收' && !x.grade && !!y.grade;

/**
 * The event that decides the status, or null (no events: 实验中). A later notice that only
 * retells the acceptance without its grade does not take the grade away.
 */
export function decidingEvent<E extends StatusEvent>(events: readonly E[]): E | null {
  let best: E | null = null;
  for (const e of events) {
    if (!best || retells(best, e)) {
      best = e;
      continue;
    }
    if (retells(e, best)) continue;
    // Dated events follow their dates; an undated one (a result table without a date) is
    // placed by how final it is — an acceptance comes after the extension that preceded it.
    const a = e.occurredOn;
    const b = best.occurredOn;
    if (a && b && a !== b) {
      if (a > b) best = e;
    } else if (FINALITY[e.status] > FINALITY[best.status]) best = e;
  }
  return best;
}

/** The status as shown and stored: "已验收（优秀）", "已延期（至2021-12-31）", … or null. */
export function statusText(e: StatusEvent | null): string | null {
  if (!e) return null;
  if (e.status === '已验收' && e.grade) return `已验收（${e.grade}）`;
  if (e.status === '已延期' && e.untilOn) return `已延期（至${e.untilOn}）`;
  return e.status;
}

/**
 * What an event does to the record's remaining cycle duties. A failed review is no end:
 * the zone still owes its reports and must pass a review after rectification (整改后重新
 * 验收, planned by core/schedule/re-acceptance.ts); only the review it failed took place.
 */
export function dutyEffect(status: ItemStatus): 'done' | 'waived' | 'moved' | 'failed' {
  switch (status) {
    case '已验收':
      return 'done';
    case '已撤销':
      return 'waived';
    case '未通过':
      return 'failed';
    case '已延期':
      return 'moved';
  }
}
