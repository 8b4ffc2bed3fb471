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
});
