/**
 * A period asks a final report no rule names only of a zone, and only for the zone's own term:
 * a case, an observation point or another list's entry owes none for a period its notice tells
 * (a story retelling a zone's 实验时间为期三年 in a case list), and a zone owes none for a span the
 * sentence gives to a campaign or plan, past data, a title's validity or a window. Controls: a
 * zone's experiment or pilot term, also one citing a plan by its title, asks it.
 */
import { describe, expect, it } from 'vitest';
import type { ScheduleSubject } from '../../../src/shared/schedule';
import { desiredForRecord } from '../../../src/main/core/schedule/record-plan';
import { effectiveRules } from '../../../src/main/core/schedule/rule-set';
import { rule } from '../../support/rule-row';

const asks = (kind: string, text: string, period = rule('cycle', { years: 3 }, { text })) =>
  effectiveRules({ id: 1, programme: 'P', kind, noticeIds: [] }, [period]).duties.has(
    'final_report',
  );

describe('a final report no rule names', () => {
  it('is asked by a zone’s own term', () => {
    for (const text of [
      '同意将北京市东城区等单位确认为全国婚俗改革实验区，实验时间为期三年。',
      '试点期限为2年,自2021年6月1日起至2023年5月31日止',
      '根据《三年行动方案》，各实验区实验周期为3年。',
    ])
      expect(asks('zone', text), text).toBe(true);
    const range = rule(
      'range',
      { from: '2021-09', to: '2024-09' },
      { text: '实验时间为3年,自2021年9月起至2024年9月止' },
    );
    expect(asks('zone', '', range)).toBe(true);
  });

  it('is asked of no case, observation point or other entry', () => {
    const told = '2015年，东城区被确认为全国社区治理和服务创新实验区，实验时间为期三年。';
    for (const kind of ['case', 'observation', 'other', null])
      expect(asks(kind as string, told)).toBe(false);
  });

  it('is asked by no span of a campaign, a plan, past data, a title or a window', () => {
    for (const text of [
      '民政部决定开展为期三年的养老服务质量提升专项行动。',
      '为期三年的创建活动已于2018年启动。',
      '本次评选数据统计时间为2017年1月至2018年12月。',
      '示范单位称号有效期为三年，期满后须重新申报命名。',
      '申报时间为2018年3月1日至2018年4月30日。',
      '公示期为2015年4月2日—2015年4月9日。',
    ])
      expect(asks('zone', text), text).toBe(false);
  });

  it('follows the record’s kind through its plan', () => {
    const cycle = rule('cycle', { years: 2 }, { noticeId: 9, text: '实验时间为期两年。' });
    const subject = (kind: string): ScheduleSubject => ({
      id: 1,
      programme: 'P',
      kind,
      mentions: [
        { noticeId: 9, issuedOn: '2021-06-01', kind: null, title: '关于确认实验区的批复' },
      ],
    });
    const kinds = (kind: string) => desiredForRecord(subject(kind), [cycle]).map((m) => m.kind);
    expect(kinds('zone')).toEqual(['approval', 'final_report']);
    expect(kinds('case')).toEqual(['approval']);
  });
});
