/**
 * Days and terms a notice changes (the yg* set's shapes, written afresh): a window's close moved
 * to a day with no year closes in the notice's year and the day it replaces owes nothing; a term
 * lengthened by months is an extension by them; a signature's year typed with an Arabic 0
 * (二0二二年) dates the notice; a call's closing moved makes the page the call. The look-alikes
 * change nothing: a meeting put off, a request the units may make, a policy's term, a training's
 * registration.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { parseDate } from '../../../src/main/core/import/extract/dates';
import { txtDoc } from './helpers';

const regions = gazetteerRegionLookup();

function read(body: string[], signed = '2022年3月25日', to = '各申报单位：') {
  const n = extractNotice(txtDoc([to, ...body, '某省某某工业联合会', signed].join('\n')), {
    fileName: 't',
    regions,
  });
  return {
    role: n.metadata.role,
    issuedOn: n.metadata.issuedOn,
    rules: n.rules.map((r) => ({ kind: r.kind, params: r.params })),
    deadlines: n.rules.filter((r) => r.kind === 'deadline').map((r) => r.params.date),
  };
}

describe('a window closed later, to a day with no year', () => {
  it('closes in the notice year; the day it replaces owes nothing', () => {
    const got = read([
      '经研究决定，2022年度某某科学技术奖提名时间进行调整。网络提名截止时间由原通知规定的2022年3月31日截止延期至4月30日截止，同时纸质材料也由4月15日延期至4月30日前报送。',
    ]);
    expect(got.deadlines).toEqual(['2022-04-30']);
    expect(got.role).toBe('application_call');
  });

  it("a past year's closing moved, retold, sets no day in the notice's year", () => {
    const got = read(
      ['2021年度某某奖网络提名截止时间由2021年3月31日延期至4月30日。今年提名工作照常进行。'],
      '2023年3月1日',
    );
    expect(got.deadlines).toEqual([]);
  });

  it('a meeting or a training put off moves no window, and calls nobody', () => {
    const got = read(['原定于4月8日召开的培训会延期至4月28日举行。']);
    expect(got.deadlines).toEqual([]);
    const training = read(['培训班报名时间延长至4月20日。'], '2022年3月25日', '各会员单位：');
    expect(training.role).not.toBe('application_call');
  });
});

describe('a term lengthened by months', () => {
  it('is an extension by those months', () => {
    expect(
      read(['对于实施期结束时间在2020年12月31日的在研项目，项目实施期自动延长6个月。']).rules,
    ).toContainEqual({ kind: 'extension', params: { months: 6 } });
  });

  it("a request the units may make, or a policy's term, extends nothing", () => {
    expect(
      read(['如受疫情影响较为严重，可根据实际需要提出延期申请。']).rules.map((r) => r.kind),
    ).not.toContain('extension');
    expect(read(['企业的补贴期限延长6个月。']).rules.map((r) => r.kind)).not.toContain('extension');
    // the units allowed to ask for it, by months or by years
    for (const line of [
      '如受疫情影响，试点单位可申请将实施期延长6个月。',
      '确有困难的，可以向省厅申请将试点期延长1年。',
    ])
      expect(read([line]).rules.map((r) => r.kind)).not.toContain('extension');
  });
});

describe('a year typed with an Arabic 0', () => {
  it('dates the notice as its Chinese digits do', () => {
    expect(parseDate('二0二二年三月二十五日')).toBe('2022-03-25');
    expect(read(['现将有关事项通知如下。'], '二0二二年三月二十五日').issuedOn).toBe('2022-03-25');
  });

  it('a figure with a 0 beside Chinese words is no year', () => {
    expect(parseDate('第十0年三月五日')).toBeNull();
    // nor the tail of a longer run of digits: a file or phone number's
    expect(parseDate('档案编号：一0二0二二年三月五日')).toBeNull();
    expect(read(['档案编号：一0二0二二年三月五日。'], '').issuedOn).toBeNull();
  });
});
