/**
 * History, not work: an overdue duty whose cycle had ended long before the ledger learned
 * of it. A batch confirmed in 2019 and imported years later plans every annual plan,
 * summary, final report and acceptance of its cycle, all long past; nothing in the ledger
 * says whether they were done, but none of them is what a clerk must chase today. They stay
 * overdue (nothing is marked done on a guess) and are listed apart as 历史事项, out of the
 * overdue counts and the reminder.
 *
 * A record's cycle ends at its latest deadline (an extension or a re-acceptance moves it);
 * a notice's own deadline (an application window, a public notice period) is its own cycle.
 * "Long before" is a year before the day the record or notice was imported, or before the
 * as-of date when that is earlier: looking back to a date inside the cycle, its overdue
 * duties were real work then.
 *
 * A call's yearly application deadline (每年9月底前) is one round a year: once a new year has
 * begun, last year's round is closed and the call's next round is what there is to watch, so
 * a round of a year before the as-of year is history however early the ledger knew of it.
 */
import { addDays } from './dates';
import { deadlineOf } from './deadline-list';

export const HISTORY_AFTER_DAYS = 365;

export interface HistoryInput {
  id: number;
  recordId: number | null;
  status: string;
  dueOn: string;
  endOn?: string | null;
  /** The milestone kind: a notice's application_due is one yearly round (see above). */
  kind?: string;
  /** The day the ledger learned of the record (or, for a notice's own deadline, the notice). */
  learnedOn: string | null;
}

/** The ids of the overdue items that are history as of `asOf` (see above). */
export function historicalIds(items: readonly HistoryInput[], asOf: string): Set<number> {
  const cycleEnd = new Map<number, string>();
  for (const i of items) {
    if (i.recordId === null) continue;
    const d = deadlineOf(i);
    const end = cycleEnd.get(i.recordId);
    if (!end || d > end) cycleEnd.set(i.recordId, d);
  }
  const out = new Set<number>();
  for (const i of items) {
    if (i.status !== 'overdue') continue;
    if (closedRound(i, asOf)) {
      out.add(i.id);
      continue;
    }
    if (!i.learnedOn) continue;
    const end = (i.recordId === null ? null : cycleEnd.get(i.recordId)) ?? deadlineOf(i);
    const known = i.learnedOn < asOf ? i.learnedOn : asOf;
    if (end < addDays(known, -HISTORY_AFTER_DAYS)) out.add(i.id);
  }
  return out;
}

/** A notice's yearly application round of a year before the as-of year. */
function closedRound(i: HistoryInput, asOf: string): boolean {
  return (
    i.recordId === null &&
    i.kind === 'application_due' &&
    deadlineOf(i).slice(0, 4) < asOf.slice(0, 4)
  );
}
