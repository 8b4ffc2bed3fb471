/**
 * Two roles of the yg* set, written afresh: a notice issuing measures (印发《…验收办法》) sets rules,
 * whatever step they govern; progress words that name a report asked for (填报…进展情况报告) or what
 * a step waits on (根据…进展情况) tell no progress. The look-alikes keep theirs: an acceptance's
 * result, a page reporting its own progress.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const regions = gazetteerRegionLookup();
const roleOf = (lines: string[]) =>
  extractNotice(txtDoc(lines.join('\n')), { fileName: 't', regions }).metadata.role;

describe('a notice issuing measures', () => {
  it('is rules, though the measures govern an acceptance', () => {
    expect(
      roleOf([
        '关于印发《第二次全国某某普查验收办法》的通知',
        '各省、自治区、直辖市普查办：',
        '现将《第二次全国某某普查验收办法》印发你们，请遵照执行。',
        '第四条 各级普查验收至2017年6月30日前完成。',
        '某某普查办',
        '2016年12月23日',
      ]),
    ).toBe('rules_only');
  });

  it("an acceptance's result stays the acceptance", () => {
    expect(
      roleOf([
        '某省民政厅关于第二批实验区验收结果的通知',
        '各市民政局：',
        '经专家评审，甲市乙区通过验收。',
        '某省民政厅',
        '2021年6月1日',
      ]),
    ).toBe('acceptance');
  });
});

describe('progress words that tell none', () => {
  const adjusting = (line: string) =>
    roleOf([
      '关于调整2020年度某省科技计划项目管理相关工作安排的通知',
      '各相关院(部)：',
      '一、项目验收时间调整。具体验收时间待另行通知。',
      line,
      '2020-02-18',
    ]);

  it('a report asked for, or what a step waits on, is no progress told', () => {
    expect(
      adjusting('二、根据疫情防控进展情况，项目负责人填报项目进展情况报告工作适当延期。'),
    ).not.toBe('progress_report');
  });

  it("the page's own account still is", () => {
    expect(
      roleOf([
        '各县区民政局：',
        '现将全市实验区工作进展情况报告如下：甲区已完成阵地建设，乙区正在推进。',
      ]),
    ).toBe('progress_report');
    // drawn from the reports the units sent, it moves no step: still the page's account
    expect(
      roleOf([
        '关于社区治理试点工作的函',
        '各市民政局：',
        '根据各地报送的工作推进情况，现将有关情况通报如下：',
        '截至6月底，全省已有32个试点完成创建任务，占比80%。',
        '2023年7月10日',
      ]),
    ).toBe('progress_report');
  });
});
