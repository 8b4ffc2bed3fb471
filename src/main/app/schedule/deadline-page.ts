/**
 * 期限 a page at a time: the rows a section shows (已逾期, 即将到期, 以后, 历史事项), with every
 * section's count, instead of the whole list. At 100,000 records after one import the list is
 * 175,000 items, and the page received all of them (tens of seconds under load) to draw 200.
 * Here the sections are decided from the dates alone (dated-items.ts: the list's statuses and
 * history), a filter's words are read only when one is typed, and only the rows of the page
 * asked for are read in full, by id. The pages joined are the list's items of that section in
 * the list's order (tests/integration/deadline-page.test.ts).
 */
import type { DeadlinePage, DeadlineSection } from '../../../shared/deadline-pages';
import type { DeadlineItem } from '../../../shared/schedule';
import { todayInChina } from '../../core/schedule/dates';
import { deadlineOf, inSection } from '../../core/schedule/deadline-list';
import type { LedgerHandle } from '../../db/ledger';
import { deadlineProgrammes } from '../../db/queries/milestone-names';
import { listMilestoneRows } from '../../db/queries/milestone-list';
import { datedItems, type DatedItem } from './dated-items';
import { filterMatches } from './deadline-filter';
import { toItem } from './deadlines';

export interface DeadlinePageQuery {
  asOf?: string;
  section: DeadlineSection;
  /** 即将到期's reach in days (以后 is what falls due after it). */
  within: number;
  /** Only what falls due in this month (YYYY-MM), as a home-page bar counted it. */
  month?: string;
  /** Words every shown item must hold (who, what, programme, rule, notice). */
  filter?: string;
  offset: number;
  limit: number;
  /** Also the ids of the whole section's stored items, for 全选. */
  ids?: boolean;
}

/** The full rows of these ids, in the order given (stored ones read by key, foreseen as made). */
export function fullItems(
  ledger: LedgerHandle,
  picked: readonly DatedItem[],
  foreseen: readonly DeadlineItem[],
  asOf: string,
): DeadlineItem[] {
  const stored = picked.filter((i) => !i.projected).map((i) => i.id);
  const rows = stored.length === 0 ? [] : listMilestoneRows(ledger.db, { ids: stored });
  const byId = new Map<number, DeadlineItem>(rows.map((r) => [r.id, toItem(r, asOf)]));
  for (const f of foreseen) byId.set(f.id, f);
  return picked.flatMap((i) => {
    const item = byId.get(i.id);
    if (!item) return [];
    return [i.historical ? { ...item, historical: true as const } : item];
  });
}

export function deadlinePage(ledger: LedgerHandle, q: DeadlinePageQuery): DeadlinePage {
  const asOf = q.asOf ?? todayInChina();
  const { items: all, foreseen } = datedItems(ledger, asOf);
  const matches = filterMatches(ledger, foreseen, q.filter);
  const month = q.month;
  const shown = all.filter(
    (i) => matches(i.id) && (month === undefined || deadlineOf(i).slice(0, 7) === month),
  );
  const count = (s: DeadlineSection, within = q.within) =>
    shown.filter(inSection(s, within)).length;
  const section = shown.filter(inSection(q.section, q.within));
  const page = section.slice(q.offset, q.offset + q.limit);
  return {
    asOf,
    section: q.section,
    offset: q.offset,
    total: section.length,
    items: fullItems(ledger, page, foreseen, asOf),
    counts: {
      overdue: count('overdue'),
      history: count('history'),
      soon: count('soon'),
      later: count('later'),
      open: count('open'),
      within7: count('soon', 7),
      within30: count('soon', 30),
      within90: count('soon', 90),
    },
    listed: all.length,
    ...(q.ids ? { ids: section.filter((i) => !i.projected).map((i) => i.id) } : {}),
    ...(q.offset === 0 ? { programmes: deadlineProgrammes(ledger.db) } : {}),
  };
}
