/**
 * Row order of every export. Official lists run in division-code order (北京 11 … 新疆 65,
 * 兵团 last, uncoded last), so that is the default; a caller may keep the order given or
 * pass its own comparator.
 */
import type { LedgerRecord } from '../../../shared/domain';
import { compareOfficialOrder } from '../gazetteer/official-order';

export type RecordComparator = (a: LedgerRecord, b: LedgerRecord) => number;
export type RecordOrder = 'official' | 'asGiven' | RecordComparator;

/** The most specific code known: the unit's own (township/community) code, else the region's. */
export const recordCode = (r: LedgerRecord): string | null => r.unitCode ?? r.regionCode;

/**
 * Official order, then programme year, then the 序号 the notice gave, then id, so equal codes
 * (two cases from one county) keep a stable, explainable order.
 */
export const officialRecordOrder: RecordComparator = (a, b) =>
  compareOfficialOrder(recordCode(a), recordCode(b)) ||
  (a.year ?? Infinity) - (b.year ?? Infinity) ||
  (a.seq ?? Infinity) - (b.seq ?? Infinity) ||
  a.id - b.id;

/** A sorted copy; the input array is left as it was. */
export function orderRecords<T extends LedgerRecord>(
  records: readonly T[],
  order: RecordOrder = 'official',
): T[] {
  if (order === 'asGiven') return [...records];
  const cmp = order === 'official' ? officialRecordOrder : order;
  return [...records].sort(cmp);
}
