/**
 * A date a later notice moves a term or a window to: a term's new end (有效期延长至…, 实验期延长一年)
 * is an extension with that end; a window's new close (申报审核时间延迟至…) is a deadline. A move
 * told as made before, one inside a cited title, and a move of something that is neither a term
 * nor a window set nothing.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { movedDates } from '../../../src/main/core/import/extract/moved-dates';
import { txtDoc } from './helpers';

const regions = gazetteerRegionLookup();
const rulesOf = (body: string) =>
  extractNotice(
    txtDoc(
      [
        '云岭省民政厅关于调整试点工作安排的通知',
        '各州（市）民政局：',
        body,
        '云岭省民政厅',
        '2022年11月8日',
      ].join('\n'),
    ),
    { fileName: 't', regions },
  ).rules.map((r) => ({ kind: r.kind, params: r.params }));

describe('a term moved to a later end', () => {
  it('a validity extended to a date is an extension ending then', () => {
    expect(rulesOf('通知明确，试点暂行办法有效期延长至2023年12月31日。')).toEqual([
      { kind: 'extension', params: { until: '2023-12-31' } },
    ]);
    expect(rulesOf('经研究，第二批试点县试点期限延长至2024年6月底。')).toEqual([
      { kind: 'extension', params: { until: '2024-06-30' } },
    ]);
  });

  it('a term lengthened by years is an extension by those years', () => {
    expect(rulesOf('经评估，同意该实验区实验期延长一年。')).toEqual([
      { kind: 'extension', params: { months: 12 } },
    ]);
  });

  it('a move told as made before, or named in a cited title, extends nothing here', () => {
    expect(movedDates('此前试点期限已延长至2018年12月31日，目前试点已全面结束。')).toEqual([]);
    expect(movedDates('根据《关于试点期限延长至2019年底的通知》要求，做好总结工作。')).toEqual([]);
  });
});

describe('a window moved to a later close', () => {
  it('an application review put off to a day and minute is a deadline that day', () => {
    expect(rulesOf('现将2023年专项资金项目网上申报审核时间延迟至2022年11月11日23:59。')).toEqual([
      { kind: 'deadline', params: { date: '2022-11-11', endOfMonth: false, reply: false } },
    ]);
  });

  it('a window named by 期限 is a window, not a term', () => {
    expect(movedDates('申报期限延长至2023年3月31日。')).toEqual([
      { kind: 'deadline', date: '2023-03-31', endOfMonth: false },
    ]);
  });

  it('a move of what is neither a term nor a window sets nothing', () => {
    expect(movedDates('展览开放时间延长至2023年5月，欢迎市民参观。')).toEqual([]);
    expect(rulesOf('受天气影响，现场观摩活动推迟至2022年12月5日举行。')).toEqual([]);
  });
});

describe("a term or a window that is not the units'", () => {
  it("a policy's, a subsidy's or a contract's term moved extends no units' term", () => {
    expect(rulesOf('经研究，养老服务补贴政策有效期延长至2025年12月31日。')).toEqual([]);
    expect(
      rulesOf('经研究，《云岭省支持养老服务业发展若干政策》有效期延长至2025年12月31日。'),
    ).toEqual([]);
    expect(rulesOf('运营补助期限延长至2023年12月31日。')).toEqual([]);
    expect(rulesOf('社区工作者聘用合同期限延长一年。')).toEqual([]);
    expect(rulesOf('对困难老人的护理补贴期限延长1年。')).toEqual([]);
  });

  it('a meeting on applications put off is no window closing later', () => {
    expect(rulesOf('原定于11月10日召开的申报培训会延期至2022年11月25日召开。')).toEqual([]);
    expect(rulesOf('推荐工作座谈会推迟至2022年12月5日举行。')).toEqual([]);
  });

  it("a pilot's measures named by their title keep their validity an extension", () => {
    expect(movedDates('此前出台的《抵押贷款管理暂行办法》有效期延长至2019年12月31日。')).toEqual([
      { kind: 'extension', params: { until: '2019-12-31' } },
    ]);
  });
});

describe('a move allowed or retold', () => {
  it('a term a rule allows to be lengthened is no extension granted', () => {
    expect(rulesOf('确有需要的，经批准实验期可延长一年。')).toEqual([]);
    expect(rulesOf('确需延期的，试点期限可以延长至2025年12月31日。')).toEqual([]);
  });

  it('a term lengthened for the units meeting a condition is a rule for them, no grant', () => {
    expect(rulesOf('对评估合格的，认定有效期延长3年。')).toEqual([]);
    expect(movedDates('考核优秀的，实验期延长至2025年12月31日。')).toEqual([]);
    expect(movedDates('经评估，同意该实验区实验期延长一年。')).toEqual([
      { kind: 'extension', params: { months: 12 } },
    ]);
  });

  it("a new end already past on the notice's day is a move retold", () => {
    expect(rulesOf('2019年，国务院决定将试点期限延长至2020年12月31日。')).toEqual([]);
    expect(rulesOf('经研究，同意将第二批实验区实验期延长至2024年12月31日。')).toEqual([
      { kind: 'extension', params: { until: '2024-12-31' } },
    ]);
  });
});
