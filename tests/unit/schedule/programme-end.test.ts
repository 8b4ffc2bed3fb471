/**
 * A call's yearly rounds end with its programme (the last cycle end of every record it has), and
 * each is closed by the confirmation that answered it.
 */
import { describe, expect, it } from 'vitest';
import { rule } from '../../support/rule-row';
import { applicationDeadlines } from '../../../src/main/core/schedule/notice-milestones';
import { programmeEnds } from '../../../src/main/core/schedule/programme-end';
import { closingNotice } from '../../../src/main/core/schedule/round-closure';

const duty = (recordId: number, kind: string | null, dueOn: string | null, endOn?: string) => ({
  recordId,
  programme: 'P',
  kind,
  dueOn,
  endOn,
});

describe('programmeEnds', () => {
  it('is the latest final report, acceptance or re-acceptance of any of its records', () => {
    const ends = programmeEnds([
      duty(1, 'annual_plan', '2022-01-31'),
      duty(1, 'final_report', '2021-03-25'),
      duty(1, 'acceptance', '2021-06-25'),
      duty(2, 'acceptance', '2021-06-25'),
      duty(2, 're_acceptance', '2022-06-25'),
    ]);
    expect(ends.get('P')).toBe('2022-06-25');
  });

  it('is unknown while any record of the programme has no planned cycle end', () => {
    expect(programmeEnds([duty(1, 'acceptance', '2021-06-25'), duty(2, null, null)]).has('P')).toBe(
      false,
    );
    expect(programmeEnds([duty(1, 'approval', '2019-03-25')]).has('P')).toBe(false);
  });
});

describe('annual application rounds of a programme that is over', () => {
  const call = { noticeId: 4, noticeIssuedOn: '2019-03-01' };
  const yearly = { month: 9, day: null, endOfMonth: true };
  it('plans no round after the last cycle of the programme ends', () => {
    const a = rule('annual_deadline', yearly, call);
    const ends = new Map([['P', '2021-12-20']]);
    expect(applicationDeadlines([a], 2027, ends).map((m) => m.dueOn)).toEqual([
      '2019-09-30',
      '2020-09-30',
      '2021-09-30',
    ]);
    expect(applicationDeadlines([a], 2027)).toHaveLength(9);
  });

  it('a call issued after its programme ended opens new rounds, all planned', () => {
    const a = rule('annual_deadline', yearly, { noticeId: 7, noticeIssuedOn: '2023-02-01' });
    const ends = new Map([['P', '2021-12-20']]);
    expect(applicationDeadlines([a], 2025, ends).map((m) => m.dueOn)).toEqual([
      '2023-09-30',
      '2024-09-30',
      '2025-09-30',
    ]);
  });

  it('another programme ending cuts nothing', () => {
    const a = rule('annual_deadline', yearly, call);
    expect(applicationDeadlines([a], 2022, new Map([['Q', '2020-01-01']]))).toHaveLength(4);
  });
});

describe('a yearly round closed by the confirmation that answered it', () => {
  const c = (id: number, issuedOn: string) => ({ id, issuedOn, title: `确认${id}` });
  it('is the first confirmation of the programme within the year after the round', () => {
    const confirmations = [c(1, '2026-03-01'), c(3, '2027-02-01'), c(2, '2026-11-20')];
    expect(closingNotice('2026-09-30', confirmations)?.id).toBe(2);
  });

  it('is none before the round, nor a year or more after it', () => {
    expect(closingNotice('2026-09-30', [c(1, '2026-09-30'), c(2, '2026-03-01')])).toBeNull();
    expect(closingNotice('2025-09-30', [c(3, '2026-11-20')])).toBeNull();
  });
});
