/**
 * A contest's winners told track by track, with no place of their own: each name before 获评 …奖
 * is an entry at the one place the headline names, a name winning twice is one entry, and a road
 * and its lane written "某路、某路18弄…" are one name. With no place in the headline, or no
 * track sentence, nothing is read.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const BODY =
  '据了解，此次评选共设十个赛道。\n' +
  '在活力空间赛道中，甲街口袋公园获评优秀创意奖，乙里党群服务站、丙江党群服务中心获评匠心创意奖，' +
  '乙里党群服务站获评人民满意奖。\n' +
  '在漫步绿道赛道中，丁路、丁路8弄品质提升与精细治理和戊园步道获评优秀创意奖。\n';

describe('winners told track by track', () => {
  it('reads each winner at the headline place, once, the lane with its road', () => {
    const { n, codes } = readResolved('长宁区荣获整体贡献奖、6项优秀案例奖\n' + BODY);
    expect(n.records.map((r) => r.title)).toEqual([
      '甲街口袋公园',
      '乙里党群服务站',
      '丙江党群服务中心',
      '丁路、丁路8弄品质提升与精细治理',
      '戊园步道',
    ]);
    expect(new Set(codes)).toEqual(new Set(['310105']));
  });

  it('reads nothing when the headline names no place', () => {
    const { n } = readResolved('社区生活圈优秀案例评选结果出炉\n' + BODY);
    expect(n.records).toEqual([]);
  });

  it('reads no winner without a track sentence', () => {
    const { n } = readResolved(
      '长宁区荣获整体贡献奖\n' +
        '评选中，甲街口袋公园获评优秀创意奖，乙里党群服务站、丙江党群服务中心获评匠心创意奖。\n',
    );
    // Whatever else reads the story, no winner is an entry by this shape.
    expect(n.records.map((r) => r.title)).not.toContain('乙里党群服务站');
  });
});
