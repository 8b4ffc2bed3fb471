/**
 * A story telling its own place's share of a wider round ("我市某中心《…》被评为…",
 * "我市两案例入选…“十佳”…") is counted by that share: the round's total told before it
 * ("共评选出…12个", the honour's 十佳) is no count of the records it names.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a story’s own place’s share of a wider round', () => {
  it('is not counted by the round’s total told in the sentence before', () => {
    const own =
      '近日，省民政厅组织评选了全省优秀社会工作案例。经各地推荐、专家评审，共评选出全省优秀社会工作案例12个。' +
      '我市青禾社会工作服务中心《陪伴成长——困境儿童支持小组》被评为全省优秀社会工作案例。\n' +
      '九江市青禾社会工作服务中心成立于2015年，长期承接困境儿童和老年人社会工作服务项目。\n';
    const { n, warned } = readResolved(own);
    expect(n.records).toHaveLength(1);
    expect(warned).not.toContain('count_mismatch');
  });

  it('is not counted by the honour’s size when the headline states the share', () => {
    const own =
      '我市两案例入选江西省儿童关爱服务“十佳”优秀案例\n' +
      '近日，省民政厅通报了儿童关爱服务优秀案例遴选结果，九江市儿童福利院“阳光同行”儿童关爱项目、' +
      '修水县民政局“春苗守护”儿童关爱项目成功入选十佳案例。\n';
    const { n, warned } = readResolved(own);
    expect(n.records).toHaveLength(2);
    expect(warned).not.toContain('count_mismatch');
    expect(readResolved(own.replace('我市两案例入选', '我市案例入选')).warned).toContain(
      'count_mismatch',
    );
  });
});
