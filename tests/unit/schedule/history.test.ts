/**
 * Overdue duties whose cycle had ended long before the ledger learned of them are history,
 * listed apart; a cycle still running when imported, or looked at from inside it, is work.
 */
import { describe, expect, it } from 'vitest';
import { historicalIds, type HistoryInput } from '../../../src/main/core/schedule/history';

const duty = (
  id: number,
  recordId: number | null,
  dueOn: string,
  learnedOn: string | null,
  status = 'overdue',
): HistoryInput => ({ id, recordId, status, dueOn, learnedOn });

describe('history: cycles long over when imported', () => {
  it('an old batch imported years after its cycle: every overdue duty of the record', () => {
    const items = [
      duty(1, 7, '2019-03-31', '2026-11-30', 'done'),
      duty(2, 7, '2019-12-31', '2026-11-30'),
      duty(3, 7, '2021-03-31', '2026-11-30'),
    ];
    expect([...historicalIds(items, '2026-12-01')]).toEqual([2, 3]);
  });

  it('a cycle still running when imported stays work, its early duties too', () => {
    const items = [duty(1, 7, '2024-12-31', '2026-11-30'), duty(2, 7, '2027-03-31', '2026-11-30')];
    expect(historicalIds(items, '2026-12-01').size).toBe(0);
  });

  it('a cycle that ended less than a year before the import is still chased', () => {
    const items = [duty(1, 7, '2026-03-31', '2026-11-30')];
    expect(historicalIds(items, '2026-12-01').size).toBe(0);
  });

  it('imported in time and neglected: work, however late', () => {
    const items = [duty(1, 7, '2019-12-31', '2019-04-01')];
    expect(historicalIds(items, '2026-12-01').size).toBe(0);
  });

  it('looked at from a date inside the cycle: work as it was then', () => {
    const items = [duty(1, 7, '2019-12-31', '2026-11-30'), duty(2, 7, '2021-03-31', '2026-11-30')];
    expect(historicalIds(items, '2020-02-01').size).toBe(0);
  });

  it("a notice's own deadline is its own cycle; an unknown import day is never history", () => {
    const items = [
      duty(1, null, '2020-09-30', '2026-11-30'),
      duty(2, null, '2026-09-30', '2026-11-30'),
      duty(3, 8, '2019-12-31', null),
    ];
    expect([...historicalIds(items, '2026-12-01')]).toEqual([1]);
  });

  it("a call's application round of a past year is history, this year's round is still work", () => {
    const round = (id: number, dueOn: string, learnedOn: string): HistoryInput => ({
      ...duty(id, null, dueOn, learnedOn),
      kind: 'application_due',
    });
    // Known in time and not marked: once the year is over, the round is closed all the same.
    const items = [round(1, '2025-09-30', '2019-05-01'), round(2, '2026-09-30', '2019-05-01')];
    expect([...historicalIds(items, '2026-12-01')]).toEqual([1]);
    expect([...historicalIds(items, '2027-01-05')]).toEqual([1, 2]);
    // Another kind of a notice's own deadline keeps the import rule.
    expect(historicalIds([duty(3, null, '2025-09-30', '2019-05-01')], '2026-12-01').size).toBe(0);
  });
});
