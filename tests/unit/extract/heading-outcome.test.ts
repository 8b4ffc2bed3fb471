/**
 * A list named after what befell its units ("通过验收的…名单") states the outcome once for all
 * of them; a list put forward (拟…, 公示) states none yet.
 */
import { describe, expect, it } from 'vitest';
import { headingOutcome } from '../../../src/main/core/import/extract/heading-outcome';
import { readResolved } from './helpers';

describe('an outcome a list heading states', () => {
  it('reads the outcome of a list named after it', () => {
    expect(headingOutcome('通过验收的第二批国家林业科技园区名单')).toEqual({ status: '已验收' });
    expect(headingOutcome('验收不合格的示范园区名单（3个）')).toEqual({ status: '未通过' });
  });

  it('reads none from a proposed list or a heading that is no list name', () => {
    expect(headingOutcome('拟通过验收的第二批国家林业科技园区名单')).toBeNull();
    expect(headingOutcome('关于做好通过验收园区管理工作的通知')).toBeNull();
    expect(headingOutcome('第二批国家林业科技园区名单')).toBeNull();
    expect(headingOutcome(null)).toBeNull();
  });

  it('gives each unit of such a list that outcome', () => {
    const { n } = readResolved(
      [
        '关于第二批国家林业科技园区验收结果的通知',
        '经组织验收，参与验收的3家园区全部达到要求（名单见附件）。',
        '某部办公厅',
        '2018年5月3日',
        '附件',
        '通过验收的第二批国家林业科技园区名单',
        '1.江西省资溪县林业科技园区',
        '2.湖南省浏阳市林业科技园区',
        '3.云南省普洱市思茅区林业科技园区',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.outcome?.status)).toEqual(['已验收', '已验收', '已验收']);
  });
});
