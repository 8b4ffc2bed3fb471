/**
 * Notices that confirm nothing — a call, a mid-term check, a programme's launch stage, a page of
 * rules without its head, a wire item — each in a composed wording: their title and date, the
 * rules they state, their role, and the records they must not yield.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { readResolved, txtDoc } from './helpers';

const extract = (text: string) => extractNotice(txtDoc(text), { fileName: 't' });
const ruleKinds = (text: string) => extract(text).rules.map((r) => r.kind);

describe('a document title wrapped over two lines', () => {
  it('is both lines joined', () => {
    const n = extract(
      [
        '关于做好某县2023年养老服务示范点',
        '年度评估工作的通知',
        '各乡镇民政办：',
        '为做好养老服务示范点年度评估工作，现将有关事项通知如下。',
        '一、各乡镇要认真组织自查。',
      ].join('\n'),
    );
    expect(n.metadata.title).toBe('关于做好某县2023年养老服务示范点年度评估工作的通知');
  });
});

describe('the time of an event the notice announces', () => {
  it('is not the notice’s date', () => {
    const n = extract(
      [
        '关于召开2024年社区工作座谈会的通知',
        '各街道办事处：',
        '经研究，决定召开社区工作座谈会，现将有关事项通知如下。',
        '会议时间：2024年5月20日',
        '会议地点：区政务中心三楼',
      ].join('\n'),
    );
    expect(n.metadata.issuedOn).toBeNull();
  });
});

describe('a table of an event’s time and place', () => {
  it('lists no place, though its venue names a district', () => {
    const { n } = readResolved(
      [
        '关于开展社区微项目评审的通知',
        '各项目单位：',
        '现将评审有关事项通知如下。',
        '三、评审时间及地点\t三、评审时间及地点',
        '1.评审时间\t2024年6月3日',
        '2.评审地点\t西湖区文化中心二楼',
        '四、工作要求',
        '1.请各单位按时参加评审，携带项目资料。',
        '2.评审当天请携带单位公章。',
      ].join('\n'),
    );
    expect(n.records.filter((r) => r.regionText !== null)).toHaveLength(0);
  });
});

describe('dated duties', () => {
  it('a deadline with its hour', () => {
    expect(ruleKinds('请于2024年3月8日17:00前将材料报送区民政局。')).toContain('deadline');
  });

  it('a date the notice makes sure of (确保…前)', () => {
    expect(ruleKinds('为确保2024年9月1日前各站点人员全部到岗，请各地抓紧落实。')).toContain(
      'deadline',
    );
  });

  it('a title held for a term is a cycle', () => {
    const cycle = extract('示范单位命名后有效期为两年，期满后重新申报。').rules.find(
      (r) => r.kind === 'cycle',
    );
    expect(cycle?.params.years).toBe(2);
  });
});

describe('roles', () => {
  it('a reporter’s story of a call with its deadline is the call', () => {
    const n = extract(
      [
        '第二届“最美社区志愿者”评选报名本月底截止',
        '来源：某某日报 | 2019-11-20 08:00',
        '本报讯（记者 王某）记者从市民政局获悉，第二届“最美社区志愿者”评选报名活动即将截止。',
        '各区民政局要于2019年11月30日前将推荐材料报送市志愿服务联合会。',
      ].join('\n'),
    );
    expect(n.metadata.role).toBe('application_call');
  });

  it('a page of duties laid on organs, without its head, is rules', () => {
    const n = extract(
      [
        '（一）强化组织保障。各市（州）要把试点工作纳入重要议事日程，明确责任分工。',
        '各级民政部门要加强督导，及时总结经验。严禁搞形式主义、增加基层负担。',
        '（二）加强宣传引导。',
      ].join('\n'),
    );
    expect(n.metadata.role).toBe('rules_only');
  });

  it('a mid-term performance evaluation told by those who ran it is a progress report', () => {
    const n = extract(
      [
        '某街道开展2024年社区微项目中期绩效评估',
        '为规范资金使用，某街道社工站组建评估组，对辖区12个社区微项目开展了中期绩效评估。',
        '评估组采取查阅资料与实地查看相结合的方式，对项目进行了评估。',
        '评估显示，多数项目推进有序，也存在支付进度滞后等问题。',
      ].join('\n'),
    );
    expect(n.metadata.role).toBe('progress_report');
  });
});

describe('a national wire’s dateline', () => {
  it('names the wire as the outlet', () => {
    const n = extract(
      [
        '全国社区工作交流会召开',
        '新华社成都5月6日电（记者 张某）民政部6日在成都召开全国社区工作交流会，交流各地经验。',
      ].join('\n'),
    );
    expect(n.metadata.issuer).toBe('新华社');
  });
});
