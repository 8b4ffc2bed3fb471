/**
 * A check of units the page names, told by the organ that ran it or hosts it ("某厅对某县开展…
 * 第三方评估", "督查组分别督查了某街道某社区、…"), tells how their work goes: a progress report.
 * A check told only in counts, a visiting team's check, a closing evaluation and a list
 * confirmed after a check keep their roles (controls).
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const roleOf = (lines: string[]): string | null => readResolved(lines.join('\n')).n.metadata.role;

describe('a check of named units told by those who ran it', () => {
  it('is a progress report when a county is evaluated', () => {
    expect(
      roleOf([
        '11月1日至2日,省民政厅对某某县开展社会救助政策落实情况进行第三方评估。',
        '评估工作人员现场检查了该县城乡低保、特困供养台账,并入户调查,满意度非常高。',
        '(某某县民政局)',
      ]),
    ).toBe('progress_report');
  });

  it('is a progress report when the communities inspected are named', () => {
    expect(
      roleOf([
        '5月26日下午,区民政局局长带领文明办、城管局相关人员进行了联合督查。',
        '联合督查组分别督查了北港街道某某社区、五星街道某某社区和荷花池街道某某社区。对检查出的问题,社区都表示将尽快整改。',
      ]),
    ).toBe('progress_report');
  });

  it('leaves a check told only in counts as news (control)', () => {
    expect(
      roleOf([
        '2023年2月8日,由市督导办公室联合我局组成考核评估组,对我市12个乡镇社工站开展考核评估工作。',
        '考核组通过实地查看、查阅资料等方式,对社工站的运营情况进行了评估打分。',
      ]),
    ).toBe('news');
  });

  it("leaves a visiting team's check as news (control)", () => {
    expect(
      roleOf([
        '8月25日,省民政厅第一评估组组长一行,到某某县开展婚俗改革试点评估工作。县民政局局长陪同评估。',
        '评估组对某某县婚俗改革工作给予了充分肯定。',
      ]),
    ).toBe('news');
  });

  it('leaves a closing evaluation of named stations as news (control)', () => {
    expect(
      roleOf([
        '2023年2月13日,某某县民政局组织开展2022年市级试点社工站项目结项评估工作。',
        '评估团队对四面山镇社工站、夕佳山镇社工站两个市级试点社工站进行集中评估。',
      ]),
    ).toBe('news');
  });

  it("leaves an organ's own document that cites a check to what its title says (controls)", () => {
    const organ = (title: string, body: string): string | null =>
      roleOf([title, '各市民政局:', body, '某某省民政厅', '2023年12月1日']);
    // Its list, its results, its revocation: the check is only how it got there.
    expect(
      organ(
        '某某省民政厅关于公布第二批社区治理实验区名单的通知',
        '我厅组织专家对甲市乙区、丙市丁县等申报地区开展了实地评估。经研究,现将第二批实验区名单予以公布。',
      ),
    ).toBe('confirmation');
    expect(
      organ(
        '某某省民政厅关于全省社区治理实验区评估结果的通报',
        '2023年10月,我厅委托第三方机构对甲县、乙区开展了实验区建设评估。评估结果为:甲县优秀,乙区良好。',
      ),
    ).toBe('acceptance');
    expect(
      organ(
        '关于撤销某某社区省级示范社区称号的通知',
        '2023年,我厅对甲县城关镇幸福社区开展了复核。该社区不再符合条件,决定撤销其“省级示范社区”称号。',
      ),
    ).toBe('revocation');
  });

  it('leaves a visit led by a leader, and a check still to come, as news (controls)', () => {
    expect(
      roleOf([
        '省民政厅督导某某县实验区建设',
        '6月5日,省民政厅副厅长张三带队到某某县开展实验区建设督导,实地察看了城关镇幸福社区、东街社区。',
        '张三对某某县实验区建设给予肯定。',
      ]),
    ).toBe('news');
    expect(
      roleOf([
        '市民政局部署社区工作者队伍建设督查',
        '5月3日,市民政局召开会议,明确将于下周对城关街道幸福社区、东街社区开展督查。',
      ]),
    ).toBe('news');
  });
});
