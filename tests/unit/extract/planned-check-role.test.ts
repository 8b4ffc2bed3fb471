/**
 * A yearly check still to be held, planned step by step with the reports it asks for and when
 * they are due: rules for the check, not a report of how the work went. The contents a notice
 * asks of a report to come ("自检报告应包括：试点任务完成情况…") tell no progress, and a due day's
 * 日前 ("须于2018年4月18日前报…") is no "lately" telling the check done. A page's own account of
 * progress and a check told as done stay progress (the yf* set's shapes, written afresh).
 */
import { describe, expect, it } from 'vitest';
import { withoutUntoldProgress } from '../../../src/main/core/import/extract/untold-progress';
import { readResolved } from './helpers';

describe('a yearly check planned ahead', () => {
  it('is rules when it asks for reports with their contents and due days', () => {
    const { n } = readResolved(
      [
        '第三批试点年检',
        '1.试点自检。第三批试点单位须撰写自检报告。自检报告应包括：试点任务完成情况、工作成效、存在问题及下一阶段工作计划等。任务书内容如有变更，牵头单位须于2021年3月10日前报我部备案。',
        '2.省级检查。省级年检报告须于2021年5月20日前上传管理平台。',
      ].join('\n'),
    );
    expect(n.metadata.role).toBe('rules_only');
    expect(n.rules.some((r) => r.kind === 'deadline')).toBe(true);
  });

  it('stays progress when the page tells how the work went in its own words', () => {
    const { n } = readResolved(
      [
        '关于全市社区治理试点工作推进情况的通报',
        '各区民政局：',
        '现将上半年全市社区治理试点工作推进情况通报如下。各试点按期完成阶段任务，个别试点进度滞后。',
      ].join('\n'),
    );
    expect(n.metadata.role).toBe('progress_report');
  });

  it('stays progress when a check told lately asks for rectification by a day', () => {
    const { n } = readResolved(
      [
        '某区生态区技术核查工作完成',
        '日前，省专家组对某区生态区建设工作进行技术核查，要求该区于2021年6月30日前完成整改。',
      ].join('\n'),
    );
    expect(n.metadata.role).toBe('progress_report');
  });
});

describe('a check told only in counts', () => {
  const check = (...more: string[]) =>
    readResolved(
      [
        '某县开展美丽乡村建设督导工作',
        '2024年10月9日至11日，县美丽乡村办组成2个督导小组，对今年20个示范村工作推进情况进行抽查，共抽查了9个村，发现问题36个，已交办乡镇限期整改。',
        ...more,
      ].join('\n'),
    ).n.metadata.role;

  it('is news: the progress it looked at is no account of it (zzd03)', () => {
    expect(check()).toBe('news');
  });

  it('stays progress when the page tells how the work went', () => {
    expect(check('全县示范村建设总体推进情况良好，个别村进度滞后。')).toBe('progress_report');
  });
});

describe('the contents asked of a report', () => {
  it('are blanked when a report must include them', () => {
    const key = '自检报告应包括：试点任务完成情况、工作成效等。现将工作进展情况通报如下。';
    const out = withoutUntoldProgress(key);
    expect(out).not.toContain('完成情况');
    expect(out).toContain('现将工作进展情况通报如下');
    expect(out.length).toBe(key.length);
  });

  it('leave a report that tells its own contents (control)', () => {
    const key = '本报告总结了试点任务完成情况。';
    expect(withoutUntoldProgress(key)).toBe(key);
  });
});
