/**
 * A dated one-off duty a notice sets is a milestone: of the units it names when the sentence
 * puts it on them, else of the notice itself; never a reply deadline, a date the notice
 * retells from before its own, nor a news item's deadline on no units of its own.
 */
import { describe, expect, it } from 'vitest';
import type { ScheduleSubject } from '../../../src/shared/schedule';
import type { DesiredMilestone } from '../../../src/main/core/schedule/desired';
import { milestoneLabel } from '../../../src/main/core/schedule/labels';
import {
  noticeOneOffs,
  oneOffLabel,
  recordOneOffs,
  unitsOwe,
} from '../../../src/main/core/schedule/one-off-deadlines';
import { rule } from '../../support/rule-row';

const deadline = (noticeId: number, text: string, date: string, o: Record<string, unknown> = {}) =>
  rule(
    'deadline',
    { date, endOfMonth: false, reply: false },
    { noticeId, text, spanStart: 10, noticeIssuedOn: '2021-09-01', ...o },
  );

const subject = (id: number, noticeId: number): ScheduleSubject => ({
  id,
  programme: 'P',
  mentions: [{ noticeId, issuedOn: '2021-09-01', kind: null, title: null, role: null }],
});

describe('a notice-level one-off deadline', () => {
  it('of an application call naming no units is one milestone of the notice', () => {
    const r = deadline(1, '申报材料请于2021年10月15日前报送省民政厅。', '2021-10-15', {
      noticeRole: 'application_call',
    });
    const out = noticeOneOffs([r], new Set());
    expect(out).toEqual([
      expect.objectContaining({ recordId: null, noticeId: 1, ruleId: r.id, dueOn: '2021-10-15' }),
    ]);
    expect(out[0]!.initialStatus).toBe('pending');
  });

  it('is one milestone per date of a sentence setting two, each under its own key', () => {
    const text = '申报截止日期分别为2021年10月15日和12月31日。';
    const first = deadline(1, text, '2021-10-15');
    const second = deadline(1, text, '2021-12-31');
    const out = noticeOneOffs([first, second], new Set());
    expect(out.map((m) => m.dueOn)).toEqual(['2021-10-15', '2021-12-31']);
    expect(new Set(out.map((m) => m.key)).size).toBe(2);
  });

  it('is none for a reply deadline, a retold earlier date or a news item', () => {
    const reply = deadline(1, '如有意见，请于2021年9月8日前反馈。', '2021-09-08', {
      params: { date: '2021-09-08', reply: true },
    });
    const retold = deadline(1, '各地已于2021年6月30日前完成申报。', '2021-06-30');
    const news = deadline(2, '民政部要求各地于2021年12月31日前完成摸底。', '2021-12-31', {
      noticeRole: 'news',
    });
    expect(noticeOneOffs([reply, retold, news], new Set())).toEqual([]);
  });

  it('is none for a date said to be met already when the notice has no date', () => {
    const undated = { noticeIssuedOn: null };
    const met = deadline(1, '各地已于2021年6月30日前完成申报。', '2021-06-30', undated);
    expect(noticeOneOffs([met], new Set())).toEqual([]);
    // Control: the same date set, not retold.
    const set = deadline(1, '各地于2021年6月30日前完成申报。', '2021-06-30', undated);
    expect(noticeOneOffs([set], new Set())).toHaveLength(1);
  });

  it('is a duty where 意见 only names a document or what guides the work', () => {
    const flagged = (text: string) =>
      deadline(1, text, '2021-12-31', { params: { date: '2021-12-31', reply: true } });
    const duties = [
      flagged('请各试点于2021年12月31日前报送落实《关于加强社区治理的指导意见》情况。'),
      flagged('各试点要根据专家评审意见，于2021年12月31日前完成整改。'),
    ];
    expect(noticeOneOffs(duties, new Set())).toHaveLength(2);
    // Control: views asked for after a document is named are still a reply.
    const views = flagged('对《实施方案（征求意见稿）》如有意见，请于2021年12月31日前反馈。');
    expect(noticeOneOffs([views], new Set())).toEqual([]);
  });

  it('is the notice’s, not its units’, when the organs that pass it on are the subject', () => {
    // Control: 各地民政部门 are the bureaus, not the listed zones.
    const r = deadline(1, '请各地民政部门于2021年10月31日前报送推荐材料。', '2021-10-31');
    expect(noticeOneOffs([r], new Set([1]))).toHaveLength(1);
    expect(recordOneOffs([r])(subject(5, 1), [])).toEqual([]);
  });
});

describe('a one-off deadline of the units a notice names', () => {
  const r = deadline(1, '督促各试点镇在今年10月前完成社工站阵地建设。', '2021-09-30');

  it('is one milestone per record, none of the notice', () => {
    const plan = recordOneOffs([r]);
    const a = plan(subject(5, 1), []);
    const b = plan(subject(6, 1), []);
    expect([...a, ...b].map((m) => [m.recordId, m.noticeId, m.dueOn])).toEqual([
      [5, 1, '2021-09-30'],
      [6, 1, '2021-09-30'],
    ]);
    expect(a[0]!.key).not.toBe(b[0]!.key);
    expect(noticeOneOffs([r], new Set([1]))).toEqual([]);
  });

  it('reaches no record of another notice', () => {
    expect(recordOneOffs([r])(subject(7, 2), [])).toEqual([]);
  });

  it('is the notice’s own when the notice names no records', () => {
    expect(noticeOneOffs([r], new Set())).toHaveLength(1);
  });

  it('of a news item is the named units’ when it reports it set, not when it retells a plan', () => {
    const urged = deadline(
      1,
      '襄州区民政局督促各地在今年10月前完成社工站阵地建设。',
      '2021-09-30',
      {
        noticeRole: 'news',
      },
    );
    const retold = deadline(1, '根据《试点方案》，各试点要在2014年底前开始试点。', '2014-12-31', {
      noticeRole: 'news',
      noticeIssuedOn: null,
    });
    expect(recordOneOffs([urged, retold])(subject(5, 1), []).map((m) => m.dueOn)).toEqual([
      '2021-09-30',
    ]);
    // Control: a list citing its basis sets the duty itself.
    const own = deadline(
      1,
      '根据《试点方案》，各试点要于2021年12月31日前开始试点。',
      '2021-12-31',
      {
        noticeRole: 'confirmation',
      },
    );
    expect(recordOneOffs([own])(subject(5, 1), [])).toHaveLength(1);
  });

  it('is no second deadline beside the cycle duty the same sentence states', () => {
    const midterm = rule(
      'other',
      { milestone: 'midterm' },
      { noticeId: 1, spanStart: 10, text: '请各实验区于2024年6月30日前报送中期评估报告。' },
    );
    const due = deadline(1, midterm.text, '2024-06-30');
    const planned: DesiredMilestone[] = [
      {
        key: 'rec:5:midterm',
        recordId: 5,
        noticeId: 1,
        ruleId: midterm.id,
        kind: 'midterm',
        dueOn: '2024-09-01',
        endOn: null,
        initialStatus: 'pending',
      },
    ];
    expect(recordOneOffs([midterm, due])(subject(5, 1), planned)).toEqual([]);
    // Control: without the cycle duty planned, the stated date is the record's deadline.
    expect(recordOneOffs([midterm, due])(subject(5, 1), [])).toHaveLength(1);
  });
});

describe('whose duty the sentence names, and what it is called', () => {
  it('reads the units as the subject', () => {
    expect(unitsOwe('各公益创投项目执行方开展自评，并于2020年12月15日前发送至邮箱。')).toBe(true);
    expect(unitsOwe('请各乡镇按照以上要求，务必于11月8日前报区社会保障局。')).toBe(true);
    expect(unitsOwe('襄州区民政局督促各地在今年10月前完成社工站阵地建设。')).toBe(true);
    expect(unitsOwe('申报材料请于2021年10月15日前报送省民政厅。')).toBe(false);
    expect(unitsOwe('请各地民政部门于2021年10月31日前报送推荐材料。')).toBe(false);
  });

  it('labels the duty by what is due after the date', () => {
    expect(oneOffLabel('督促各地在今年10月前完成社工站阵地建设，完善场地和制度建设。')).toBe(
      '限期完成社工站阵地建设',
    );
    expect(oneOffLabel('请于2020年12月15日下午17:00前报送自评报告。')).toBe('限期报送自评报告');
    expect(milestoneLabel('other', 'notice:3:one_off:3:10', '务必于11月8日前报区民政局。')).toBe(
      '限期报区民政局',
    );
    // Words after the date that only say where the paper goes: the label names the paper.
    expect(
      oneOffLabel(
        '各项目执行方开展自评,填报《某区公益创投项目中期报告书》,并于2020年12月15日下午17:00前发送至邮箱abc@163.com。',
      ),
    ).toBe('限期报送《某区公益创投项目中期报告书》');
    expect(oneOffLabel('申报材料请于2021年10月15日前报送省民政厅。')).toBe('限期报送申报材料');
    // Control: a destination with no paper named keeps its own words.
    expect(oneOffLabel('请各乡镇务必于11月8日前报区社会保障局。')).toBe('限期报区社会保障局');
    // Control: another kind's label is not read from its sentence.
    expect(milestoneLabel('midterm', 'rec:5:midterm', '务必于11月8日前报区民政局。')).toBe(
      '中期评估',
    );
  });

  it('names the paper a sentence sends when the words after the date only say where', () => {
    // The paper taken with 将 before the date or after it, past how it goes (书面, 一并, （…）).
    expect(oneOffLabel('请各地将工作进展情况于2021年1月15日前书面报民政部基层政权建设司。')).toBe(
      '限期报送工作进展情况',
    );
    expect(oneOffLabel('请于12月31日前（以邮戳为准）将相关材料送交市社会工作协会。')).toBe(
      '限期报送相关材料',
    );
    // The paper a clause names before the date, across a comma, without the verb making it.
    expect(
      oneOffLabel('各试点形成年度总结材料，于2018年3月5日前一并寄送至国家科技评估中心。'),
    ).toBe('限期报送年度总结材料');
    expect(oneOffLabel('请各地将申报材料汇总后，于2026年12月20日前书面报省民政厅。')).toBe(
      '限期报送申报材料',
    );
    // Not the 请 of the clause as part of the paper.
    expect(oneOffLabel('请各镇将自评报告于2021年10月15日前报区民政局。')).toBe('限期报送自评报告');
    // Controls: what is due after the date keeps its words; 部分 is no ministry.
    expect(oneOffLabel('请于2021年10月15日前报送部分实验区名单。')).toBe('限期报送部分实验区名单');
    expect(oneOffLabel('请各镇于2021年10月15日前书面报告整改情况。')).toBe('限期书面报告整改情况');
    expect(oneOffLabel('各实验区将于2021年10月15日前完成中期评估。')).toBe('限期完成中期评估');
  });

  it('names the paper taken whole, and keeps a duty that takes no paper', () => {
    // The paper ends at its last paper word, without who makes it (各试点形成的…).
    expect(oneOffLabel('请于5月31日前将各试点形成的总结材料报区民政局。')).toBe('限期报送总结材料');
    // Control: what is taken is no paper; a report sent after it is a second duty.
    expect(oneOffLabel('请于2024年5月31日前将问题整改到位，并将整改报告报区民政局。')).toBe(
      '限期将问题整改到位',
    );
  });
});

describe('a news item naming a one-off duty already on record', () => {
  const both: ScheduleSubject = {
    id: 9,
    programme: 'P',
    mentions: [
      { noticeId: 1, issuedOn: '2021-09-01', kind: null, title: null, role: 'confirmation' },
      { noticeId: 2, issuedOn: '2021-09-10', kind: null, title: null, role: 'news' },
    ],
  };
  const set = deadline(1, '各试点于2021年12月31日前报送自评报告。', '2021-12-31', {
    noticeRole: 'confirmation',
  });

  it('is a mention of it, not a second duty with the story as its basis', () => {
    const told = deadline(2, '据悉，各试点须于2021年12月31日前报送自评报告。', '2021-12-31', {
      noticeRole: 'news',
      noticeIssuedOn: '2021-09-10',
    });
    const out = recordOneOffs([set, told])(both, []);
    expect(out.map((m) => [m.dueOn, m.ruleId])).toEqual([['2021-12-31', set.id]]);
  });

  it('still sets one of another day (reported set, as before)', () => {
    const other = deadline(2, '据悉，各试点须于2021年10月31日前完成整改。', '2021-10-31', {
      noticeRole: 'news',
      noticeIssuedOn: '2021-09-10',
    });
    const out = recordOneOffs([set, other])(both, []);
    expect(out.map((m) => m.dueOn).sort()).toEqual(['2021-10-31', '2021-12-31']);
  });

  // The same paper on another day: the story came first and reported a day of its own.
  const told = deadline(2, '据悉，各试点须于2021年11月30日前报送自评报告。', '2021-11-30', {
    noticeRole: 'news',
    noticeIssuedOn: '2021-09-10',
  });

  it('re-dates nothing: the official notice’s day governs the same paper', () => {
    const out = recordOneOffs([set, told])(both, []);
    expect(out.map((m) => [m.dueOn, m.ruleId])).toEqual([['2021-12-31', set.id]]);
  });

  it('alone, still governs the records it names', () => {
    const out = recordOneOffs([told])(both, []);
    expect(out.map((m) => m.dueOn)).toEqual(['2021-11-30']);
  });
});
