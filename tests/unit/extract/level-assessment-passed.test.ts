/**
 * A pass told by the level of the assessment rather than its organ ("顺利通过省级评估认定"): each
 * unit of the run before it passed (已验收). An assessment begun or planned states none.
 */
import { describe, expect, it } from 'vitest';
import { outcomeIn } from '../../../src/main/core/import/extract/outcomes';
import { readResolved } from './helpers';

describe('a pass of an assessment named by its level', () => {
  it('passed acceptance', () => {
    expect(outcomeIn('等54个示范村顺利通过省级评估认定')).toEqual({ status: '已验收' });
    expect(outcomeIn('通过国家级验收')).toEqual({ status: '已验收' });
  });

  it('is no acceptance when the assessment only began or is to come', () => {
    expect(outcomeIn('省级评估认定工作已经启动')).toBeNull();
    expect(outcomeIn('将于明年开展省级评估')).toBeNull();
    expect(outcomeIn('通过省级推荐、第三方评审')).toBeNull();
  });

  it('gives each unit of the run its pass', () => {
    const { n } = readResolved(
      [
        '我市3镇入选省级乡村振兴示范镇',
        '本报讯（记者 李四）日前，首批示范乡镇认定名单公布，威海市文登区张家产镇、小观镇、高村镇等3个示范镇顺利通过省级评估认定。',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.outcome?.status)).toEqual(['已验收', '已验收', '已验收']);
  });
});
