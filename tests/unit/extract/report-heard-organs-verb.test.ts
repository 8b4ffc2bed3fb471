/**
 * Look-alikes of a programme's year's work report and of organs' 关于…意见 heads that are
 * stories: a meeting hearing or weighing the report, a body taking the document up. They stay
 * news; the report and the organs' own document keep their roles (controls).
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const roleOf = (lines: string[]): string | null => readResolved(lines.join('\n')).n.metadata.role;

describe('a year work report heard at a meeting', () => {
  it('is news when a body hears it', () => {
    expect(
      roleOf([
        '市人大常委会听取2023年度社区治理工作报告',
        '市人大常委会第五次会议听取了市民政局2023年度社区治理工作报告。',
        '会议要求进一步加强社区治理。',
      ]),
    ).toBe('news');
  });

  it("is news when a body weighs it, under the site's chrome", () => {
    expect(
      roleOf([
        '首页 新闻中心 工作动态',
        '字体:[大 中 小]',
        '区政协审议2023年度社区治理实验区工作报告',
        '信息来源: 暂无 发布日期: 2024-03-05',
        '区政协听取并审议了2023年度社区治理实验区工作报告,委员们提出意见建议。',
      ]),
    ).toBe('news');
  });

  it('leaves the report under its own title a progress report (control)', () => {
    expect(
      roleOf([
        '某某区2023年度社区治理实验区工作报告',
        '一、基本情况',
        '2023年,我区扎实推进社区治理实验区建设。',
      ]),
    ).toBe('progress_report');
  });
});

describe('an organ before 关于 inside a story headline', () => {
  it('is news when the words before 关于 take the document up', () => {
    expect(
      roleOf([
        '全市各社区认真学习市委关于加强社区治理的意见',
        '近日,全市各社区组织学习市委关于加强社区治理的意见。',
        '大家表示,要把意见落到实处。',
      ]),
    ).toBe('news');
  });

  it("leaves organs' own 关于…意见 head the document (control)", () => {
    expect(
      roleOf([
        '某某县民政局 某某县财政局 某某县人社局关于社区工作者待遇的意见',
        '一、总体要求',
        '为进一步加强社区工作者队伍建设,提出如下意见。',
      ]),
    ).toBe('rules_only');
  });
});
