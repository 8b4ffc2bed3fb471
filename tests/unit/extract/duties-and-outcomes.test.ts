/**
 * What notices say about time and outcomes: one-off and reply deadlines, yearly plan and
 * summary dates that are not application deadlines, how long a yearly deadline recurs,
 * the scope a rule belongs to, objection windows; and the outcome a notice states for a
 * unit (in prose or in a conclusion column), never put in the title.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { outcomeIn } from '../../../src/main/core/import/extract/outcomes';
import { txtDoc } from './helpers';

const extract = (text: string) => extractNotice(txtDoc(text), { fileName: 't.txt' });
const rulesOf = (text: string) => extract(text).rules.map((r) => [r.kind, r.params]);

describe('dated duties', () => {
  it('a yearly date for the plan and summary is no application deadline', () => {
    const rules = rulesOf(
      '实验期内，各实验区应于每年1月底前报送上一年度实验工作总结和本年度实验计划。',
    );
    expect(rules).toEqual(
      expect.arrayContaining([
        ['annual_plan', expect.objectContaining({ month: 1, day: 31 })],
        ['annual_summary', expect.objectContaining({ month: 1, day: 31, yearOffset: 1 })],
      ]),
    );
    expect(rules.some(([k]) => k === 'annual_deadline')).toBe(false);
  });

  it('an application deadline recurs only as long as the sentence says', () => {
    const rules = rulesOf('2020年至2022年，每年9月底前由各市申报，报省民政厅审核。');
    expect(rules).toContainEqual([
      'annual_deadline',
      expect.objectContaining({ month: 9, endOfMonth: true, lastYear: 2022 }),
    ]);
  });

  it('one-off deadlines, with or without a day; a 公示 window in the notice’s year', () => {
    expect(rulesOf('请各地于2008年1月15日前书面报民政部。')).toContainEqual([
      'deadline',
      expect.objectContaining({ date: '2008-01-15', endOfMonth: false }),
    ]);
    expect(rulesOf('请于2007年10月底前完成授牌。')).toContainEqual([
      'deadline',
      expect.objectContaining({ date: '2007-10-31', endOfMonth: true }),
    ]);
    const n = extract(
      '公示期为2023年4月18日至4月24日。如有异议，请于4月24日前反馈。\n某某局\n2023年4月17日',
    );
    const kinds = n.rules.map((r) => [r.kind, r.params]);
    expect(kinds).toContainEqual(['objection_window', { from: '2023-04-18', to: '2023-04-24' }]);
    // The reply by the window's last day closes the window stated: the public's, no deadline.
    expect(kinds.filter(([k]) => k === 'deadline')).toEqual([]);
  });

  it('a final report due by one date is that duty, not a second deadline; two dates stay deadlines', () => {
    const one = rulesOf(
      '请督促指导青禾县抓紧完成剩余任务，于2025年6月30日前报送实验工作终期报告。',
    );
    expect(one).toContainEqual(['final_report', { date: '2025-06-30' }]);
    expect(one.some(([k]) => k === 'deadline')).toBe(false);
    const two = rulesOf('中期报告、总结报告将分别于2024年5月和2025年10月底前报送某某司。');
    expect(two.some(([k]) => k === 'deadline')).toBe(true);
  });

  it('reads an objection window whose dates a page joins with a doubled dash', () => {
    const n = extractNotice(
      txtDoc(
        '关于征求某镇社区建设方案意见的通知\n现将方案进行公示，公示期2024年3月4日--2024年3月12日（7个工作日），如有异议，请联系某县某局。',
      ),
      { fileName: 't.txt' },
    );
    expect(n.rules.find((r) => r.kind === 'objection_window')?.params).toEqual({
      from: '2024-03-04',
      to: '2024-03-12',
    });
  });

  it('cycles from a stated range', () => {
    expect(rulesOf('实验期为2019年3月至2021年3月。')).toContainEqual([
      'range',
      { from: '2019-03', to: '2021-03' },
    ]);
  });

  it('a rule belongs to the programme and batch its sentence names, else to its notice’s', () => {
    const n = extract(
      '关于确认第二批省级社区治理实验区的通知\n同意北京市朝阳区等3个单位确认为第二批省级社区治理实验区，实验时间为期两年。第一批省级社区治理实验区应于2023年6月底前提交终期报告。',
    );
    const cycle = n.rules.find((r) => r.kind === 'cycle');
    expect(cycle?.scope).toMatchObject({ programme: '省级社区治理实验区', batch: '第二批' });
    const report = n.rules.find((r) => r.kind === 'final_report');
    expect(report?.scope).toMatchObject({ batch: '第一批', named: true });
  });
});

describe('outcomes', () => {
  it.each([
    ['圆满完成实验任务，顺利通过结项验收', { status: '已验收' }],
    ['验收结论为优秀', { status: '已验收', grade: '优秀' }],
    ['合格', { status: '已验收', grade: '合格' }],
    ['未通过结项验收', { status: '未通过' }],
    ['撤销其实验区资格', { status: '已撤销' }],
    ['同意延期至2022年12月', { status: '已延期', until: '2022-12' }],
    ['11个示范村全部达标', { status: '已验收' }],
    ['考核结果为达标', { status: '已验收' }],
    ['评估不达标', { status: '未通过' }],
  ])('%s', (text, outcome) => {
    expect(outcomeIn(text)).toEqual(outcome);
  });

  it('an attributive clause describes the past, not this notice’s outcome', () => {
    expect(outcomeIn('已通过结项验收的实验区')).toBeNull();
  });

  it('a conclusion column becomes the status, and the title stays empty', () => {
    const n = extract(
      [
        '关于第一批实验区结项验收结果的通知',
        '序号\t实验区\t验收结论',
        '1\t北京市朝阳区\t优秀',
        '2\t天津市和平区\t通过结项验收',
        '3\t河北省石家庄市长安区\t未通过',
      ].join('\n'),
    );
    expect(n.records.map((r) => [r.title, r.outcome])).toEqual([
      ['', { status: '已验收', grade: '优秀' }],
      ['', { status: '已验收' }],
      ['', { status: '未通过' }],
    ]);
    expect(n.metadata.role).toBe('acceptance');
  });

  it('villages that all met the standard after an acceptance check (全部达标) passed it', () => {
    const n = extract(
      '近日，考核组对我市示范村进行了考核验收。经评定，我市红古区平安镇仁和村，永登县柳树乡柳树村、武胜驿镇武胜驿村3个示范村全部达标。',
    );
    expect(n.records.map((r) => r.outcome?.status ?? null)).toEqual(['已验收', '已验收', '已验收']);
  });

  it('units named with an outcome in prose get it; the same unit named again keeps it', () => {
    const n = extract(
      '近日民政部发文确认长春市朝阳区圆满完成各项实验任务。目前全省已有长春市朝阳区、南关区和吉林市船营区3个实验区。',
    );
    expect(n.records.map((r) => [r.regionText, r.outcome?.status ?? null])).toEqual([
      ['长春市朝阳区', '已验收'],
      ['南关区', null],
      ['吉林市船营区', null],
    ]);
  });
});
