/**
 * 期限's 月历 a month at a time: each day's items (the first few in full, the rest counted)
 * and the days a window (公示期) runs through, decided from the dates alone (dated-items.ts)
 * so the calendar no longer needs the whole list. A window marks its first and last day with
 * the item and the days between as running, as the calendar drew them from the list.
 */
import type { DeadlineMonth } from '../../../shared/deadline-pages';
import { todayInChina } from '../../core/schedule/dates';
import type { LedgerHandle } from '../../db/ledger';
import { datedItems, type DatedItem } from './dated-items';
import { filterMatches } from './deadline-filter';
import { fullItems } from './deadline-page';

/** Items a day's cell names; the rest are counted (另 N 项). */
export const ITEMS_A_DAY = 4;

const pad = (n: number) => String(n).padStart(2, '0');

/** Every day of a month, YYYY-MM-DD. */
function daysOf(month: string): string[] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const n = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return Array.from({ length: n }, (_, d) => `${month}-${pad(d + 1)}`);
}

export function deadlineMonth(
  ledger: LedgerHandle,
  q: { asOf?: string; month: string; filter?: string },
): DeadlineMonth {
  const asOf = q.asOf ?? todayInChina();
  const { items, foreseen } = datedItems(ledger, asOf);
  const matches = filterMatches(ledger, foreseen, q.filter);
  const days = daysOf(q.month);
  const first = days[0]!;
  const last = days[days.length - 1]!;
  const byDay = new Map<string, DatedItem[]>();
  const running = new Set<string>();
  const put = (day: string, i: DatedItem) => byDay.set(day, [...(byDay.get(day) ?? []), i]);
  for (const i of items) {
    if (!matches(i.id)) continue;
    if (i.dueOn.startsWith(q.month)) put(i.dueOn, i);
    const end = i.endOn;
    if (!end) continue;
    if (end.startsWith(q.month) && end !== i.dueOn) put(end, i);
    if (i.dueOn < last && end > first)
      for (const d of days) if (i.dueOn < d && d < end) running.add(d);
  }
  const shown = [...byDay.values()].flatMap((l) => l.slice(0, ITEMS_A_DAY));
  const full = new Map(fullItems(ledger, shown, foreseen, asOf).map((i) => [i.id, i]));
  return {
    asOf,
    month: q.month,
    days: days.flatMap((day) => {
      const l = byDay.get(day);
      if (!l) return [];
      const named = l.slice(0, ITEMS_A_DAY).flatMap((i) => full.get(i.id) ?? []);
      return [{ day, total: l.length, items: named }];
    }),
    windowDays: days.filter((d) => running.has(d)),
  };
}
