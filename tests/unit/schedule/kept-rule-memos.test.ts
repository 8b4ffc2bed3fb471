/**
 * What regeneration works out from the whole rule list (records' one-off duties, records
 * with rules of their own) is worked out once per kept (frozen) list and answers as a list
 * worked out afresh; a list that may still change is worked out each time.
 */
import { describe, expect, it } from 'vitest';
import type { ScheduleSubject } from '../../../src/shared/schedule';
import { recordOneOffs } from '../../../src/main/core/schedule/one-off-deadlines';
import { planMemo } from '../../../src/main/core/schedule/record-plan';
import { rule } from '../../support/rule-row';

const duty = (noticeId: number, date: string) =>
  rule(
    'deadline',
    { date, endOfMonth: false, reply: false },
    {
      noticeId,
      text: `各实验区要于${date}前报送自评报告。`,
      spanStart: 10,
      noticeIssuedOn: '2021-09-01',
    },
  );

const subject = (id: number, noticeId: number): ScheduleSubject => ({
  id,
  programme: 'P',
  mentions: [{ noticeId, issuedOn: '2021-09-01', kind: null, title: null, role: null }],
});

describe('rule-list work kept with a kept list', () => {
  it('plans the same one-off duties from a kept list, again and again', () => {
    const rules = [duty(1, '2021-10-15'), duty(2, '2021-11-30')];
    const kept = Object.freeze([...rules]);
    const fresh = recordOneOffs(rules)(subject(5, 1), []);
    expect(fresh).toHaveLength(1);
    expect(recordOneOffs(kept)(subject(5, 1), [])).toEqual(fresh);
    expect(recordOneOffs(kept)(subject(5, 1), [])).toEqual(fresh);
    expect(recordOneOffs(kept)(subject(6, 2), [])).toEqual(recordOneOffs(rules)(subject(6, 2), []));
  });

  it('sees a changed list that is not kept', () => {
    const rules = [duty(1, '2021-10-15')];
    expect(recordOneOffs(rules)(subject(5, 2), [])).toEqual([]);
    rules.push(duty(2, '2021-11-30'));
    expect(recordOneOffs(rules)(subject(5, 2), [])).toHaveLength(1);
    const own = [rule('extension', { recordId: 3, until: '2024-06-30' })];
    expect([...planMemo(own).withOwnRules]).toEqual([3]);
    own.push(rule('extension', { recordId: 4, until: '2024-06-30' }));
    expect([...planMemo(own).withOwnRules]).toEqual([3, 4]);
  });

  it('shares the records with rules of their own of a kept list, each memo with its own plans', () => {
    const kept = Object.freeze([rule('extension', { recordId: 3, until: '2024-06-30' })]);
    const a = planMemo(kept);
    const b = planMemo(kept);
    expect([...a.withOwnRules]).toEqual([3]);
    expect(b.withOwnRules).toBe(a.withOwnRules);
    expect(b.plans).not.toBe(a.plans);
  });
});
