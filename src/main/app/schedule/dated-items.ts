/**
 * Every listed deadline as of a date from its dates and status alone: the stored milestones'
 * light rows (no names, no rule texts) with the status the list gives them (statusAsOf), the
 * history it files apart (historicalIds over every stored duty), and the foreseen yearly
 * deadlines, in the list's order. 首页's glance counts these; 期限's pages pick from them the
 * ids a page shows, and read only those rows in full.
 */
import { INFORMATIONAL_KINDS } from '../../../shared/domain';
import type { DeadlineItem } from '../../../shared/schedule';
import { daysBetween } from '../../core/schedule/dates';
import { deadlineOf, statusAsOf } from '../../core/schedule/deadline-list';
import { historicalIds } from '../../core/schedule/history';
import type { LedgerHandle } from '../../db/ledger';
import { glanceRows } from '../../db/queries/milestone-list';
import { foreseen } from './deadlines';

/** What the counts and the sections read of an item. */
export type DatedItem = Pick<
  DeadlineItem,
  'id' | 'status' | 'informational' | 'daysLeft' | 'historical' | 'dueOn' | 'endOn' | 'projected'
>;

type Dated = { items: DatedItem[]; foreseen: DeadlineItem[] };

/**
 * The last answer per connection, with what it was read at: a page's next rows, another
 * section, another reach or a filter ask the same dates again (a second at 100k records), and
 * get them unread while nothing was committed since — by another connection (data_version
 * moves) or by this one (total_changes moves).
 */
const lastRead = new WeakMap<LedgerHandle['db'], { at: string; value: Dated }>();

function readAt(db: LedgerHandle['db'], asOf: string): string {
  const version = db.pragma('data_version', { simple: true }) as number;
  const own = (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  return `${asOf}|${version}|${own}`;
}

export function datedItems(ledger: LedgerHandle, asOf: string): Dated {
  const at = readAt(ledger.db, asOf);
  const last = lastRead.get(ledger.db);
  if (last?.at === at) return last.value;
  const value = readDated(ledger, asOf);
  lastRead.set(ledger.db, { at, value });
  return value;
}

function readDated(ledger: LedgerHandle, asOf: string): Dated {
  const dated = glanceRows(ledger.db).map((r) => ({
    ...r,
    status: statusAsOf(r.status, deadlineOf(r), asOf, r.kind),
  }));
  const history = historicalIds(dated, asOf);
  const stored: DatedItem[] = dated.map((r) => ({
    id: r.id,
    status: r.status,
    ...(INFORMATIONAL_KINDS.has(r.kind) ? { informational: true as const } : {}),
    daysLeft: daysBetween(asOf, deadlineOf(r)),
    ...(history.has(r.id) ? { historical: true as const } : {}),
    dueOn: r.dueOn,
    endOn: r.endOn ?? undefined,
  }));
  const extra = foreseen(ledger, asOf);
  // the list's order: stored by its statement, foreseen placed by date (a stable sort)
  const items =
    extra.length === 0
      ? stored
      : [...stored, ...extra].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  return { items, foreseen: extra };
}
