/**
 * What registered bodies hand in and by when (the yg* set's shapes, written afresh): a window for
 * a filing (年检时间为…至…) closes on its last day, formalities gone through by a day (…前办理注销登记
 * 手续) are due then, a filing due every year (于每年3月31日前…报送年检材料) is a yearly date that
 * plans no round of applying. The look-alikes set none: an organ's own check in its days, the
 * registration days that say who is checked, formalities told as done.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { applicationDeadlines } from '../../../src/main/core/schedule/notice-milestones';
import type { RuleRow } from '../../../src/shared/schedule';
import { txtDoc } from './helpers';

const regions = gazetteerRegionLookup();

/** A district bureau's notice of 2024 to the bodies it registers. */
function notice(...body: string[]) {
  const n = extractNotice(
    txtDoc(
      [
        '某区民政局关于开展2023年度社会组织年检工作的通知',
        '各社会团体、民办非企业单位：',
        ...body,
        '某区民政局',
        '2024年3月18日',
      ].join('\n'),
    ),
    { fileName: 't', regions },
  );
  return {
    role: n.metadata.role,
    rules: n.rules.map((r) => ({ kind: r.kind, params: r.params })),
    deadlines: n.rules.filter((r) => r.kind === 'deadline').map((r) => r.params.date),
  };
}

/** A story with no date of its own. */
function story(...body: string[]) {
  const n = extractNotice(
    txtDoc(['本网讯 日前，某市民政局社会组织年检工作全面启动。', ...body].join('\n')),
    {
      fileName: 't',
      regions,
    },
  );
  return { role: n.metadata.role, deadlines: n.rules.filter((r) => r.kind === 'deadline') };
}

describe('a window for a filing', () => {
  it('closes on its last day, a deadline of the bodies filing', () => {
    expect(notice('年检时间为2024年3月8日至6月8日，逾期不予受理。').deadlines).toEqual([
      '2024-06-08',
    ]);
    expect(notice('网上填报时间为2024年4月1日至4月30日。').deadlines).toEqual(['2024-04-30']);
  });

  it('is no call to apply: a story telling it stays news', () => {
    const got = story('年检时间为2018年3月1日至5月31日。逾期未报送年检材料的，视为未参加年检。');
    expect(got.deadlines.map((r) => r.params.date)).toEqual(['2018-05-31']);
    expect(got.role).not.toBe('application_call');
  });

  it("an organ's own check in its days asks nobody for anything", () => {
    expect(notice('检查时间为2024年5月6日至5月17日，届时将抽查部分社会组织。').deadlines).toEqual(
      [],
    );
    expect(notice('督查时间为2024年5月6日至17日。').deadlines).toEqual([]);
  });
});

describe('formalities gone through by a day', () => {
  it('are due that day', () => {
    expect(
      notice('对于多年没有开展活动的社会组织，于2025年9月15日前依法办理注销登记手续。').deadlines,
    ).toEqual(['2025-09-15']);
  });

  it('told as done, or only the day a body registered, set none', () => {
    expect(notice('该协会已于2024年1月15日前办理注销登记手续。').deadlines).toEqual([]);
    expect(notice('该协会于2024年1月15日前办理了变更登记手续。').deadlines).toEqual([]);
    expect(
      notice('2023年6月30日以前经审批部门登记成立的社会团体，必须参加年度检查。').deadlines,
    ).toEqual([]);
    expect(
      notice('凡于2023年12月31日前经本局批准成立的社会团体，均应参加2023年度检查。').deadlines,
    ).toEqual([]);
  });
});

describe('a filing due every year', () => {
  it('is a yearly date, marked a filing', () => {
    const got = notice('民办非企业单位于每年3月31日前向业务主管单位报送年检材料。');
    expect(got.rules).toContainEqual({
      kind: 'annual_deadline',
      params: { month: 3, day: 31, endOfMonth: false, filing: true },
    });
  });

  it('an application due every year stays an application; plan and summary stay theirs', () => {
    expect(notice('每年9月底前向省民政厅申报。').rules).toContainEqual({
      kind: 'annual_deadline',
      params: { month: 9, day: null, endOfMonth: true },
    });
    const kinds = notice('每年1月底前报送上一年度工作总结和本年度工作计划。').rules.map(
      (r) => r.kind,
    );
    expect(kinds).not.toContain('annual_deadline');
    expect(kinds).toContain('annual_summary');
  });

  it('makes no call of a report on the filings (申报情况的通报) that restates their yearly day', () => {
    const n = extractNotice(
      txtDoc(
        [
          '某区民政局关于2023年度社会组织年度报告申报情况的通报',
          '各社会团体：',
          '截至目前，全区共有120家社会组织报送了年度报告，报送率85%。',
          '请尚未报送的社会组织抓紧报送。今后各社会组织应于每年3月31日前报送上一年度工作报告。',
          '某区民政局',
          '2024年5月18日',
        ].join('\n'),
      ),
      { fileName: 't', regions },
    );
    expect(n.rules.map((r) => r.params.filing)).toContain(true);
    expect(n.metadata.role).toBe('progress_report');
  });

  it('plans no round of applying', () => {
    const rule = (params: RuleRow['params']): RuleRow => ({
      id: 1,
      noticeId: 7,
      programme: null,
      kind: 'annual_deadline',
      text: '',
      spanStart: null,
      params,
      noticeIssuedOn: '2024-03-18',
      noticeDocNo: null,
      noticeTitle: null,
    });
    expect(applicationDeadlines([rule({ month: 3, day: 31, filing: true })], 2026)).toEqual([]);
    expect(applicationDeadlines([rule({ month: 9, day: 30 })], 2026).length).toBeGreaterThan(0);
  });
});
