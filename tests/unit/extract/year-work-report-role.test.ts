/**
 * A programme's report on its year ("2014年度国家可持续发展实验区工作报告"), and an organ's year in
 * review followed by its plan for the next ("…2015年工作总结和2016年工作安排"), tell how the work
 * went: a progress report, whatever counts they give. A notice calling for such reports, and a
 * plan alone, are no report (controls).
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const roleOf = (lines: string[]): string | null => readResolved(lines.join('\n')).n.metadata.role;

describe("a programme's year's work report", () => {
  it('is a progress report', () => {
    expect(
      roleOf([
        '2031年度国家可持续发展实验区工作报告',
        '一、实验区总体现状',
        '截至2031年底,国家级实验区数量为157个,分布在全国30个省(区、市)。目前,在建省级实验区335个。',
      ]),
    ).toBe('progress_report');
  });

  it("is a progress report under its site's chrome, the title read before the chrome", () => {
    expect(
      roleOf([
        '首页 学院概况 国家级实验区 建设动态',
        '字体:[大 中 小]',
        '2031年度国家可持续发展实验区工作报告',
        '信息来源: 暂无 发布日期: 2032-09-25 浏览次数:',
        '一、实验区总体现状',
        '截至2031年底,国家级实验区数量为157个,分布在全国30个省(区、市)。目前,在建省级实验区335个。',
      ]),
    ).toBe('progress_report');
  });

  it('leaves a story of a report meeting under the same chrome as news (control)', () => {
    expect(
      roleOf([
        '首页 学院概况 国家级实验区 建设动态',
        '字体:[大 中 小]',
        '某某学院举办2031年度工作报告会',
        '信息来源: 暂无 发布日期: 2032-09-25 浏览次数:',
        '9月25日,学院举办年度工作报告会,各系负责人参加。',
      ]),
    ).toBe('news');
  });

  it('is a progress report when an organ reviews its year and plans the next', () => {
    expect(
      roleOf([
        '某某街道2031年工作总结和2032年工作安排',
        '某某街道2031年工作总结和2032年工作安排',
        '2032-03-07',
        '2031年,街道办事处较好地完成了年初确定的各项目标任务。',
        '巩固国家级充分就业社区创建成果。社区总体就业率为96.50%。',
      ]),
    ).toBe('progress_report');
  });

  it('leaves a notice calling for the reports alone (control)', () => {
    expect(
      roleOf([
        '关于报送2031年度实验区工作报告的通知',
        '各省、自治区、直辖市民政厅(局):',
        '请各实验区于2032年1月31日前报送2031年度工作报告。',
      ]),
    ).not.toBe('progress_report');
  });
});
