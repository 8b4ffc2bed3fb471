/**
 * One sentence counting two groups, each after an example cited by its quoted title
 * ("对A“…”等3个…项目和B“…”等6个…项目进行表彰"): when the records read make up one group's
 * count, the other group was not read (its attachment did not come through) — said, never
 * silent.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const notice = (second: string) =>
  [
    '各区民政局：',
    `经研究，决定对青山湖区民政局申报的“邻里守望”等3个社区服务创新项目${second}进行表彰。`,
    '附件：1. 社区服务创新项目获奖名单',
    '2019年12月10日',
    '附件1 社区服务创新项目获奖名单',
    '序号\t申报单位\t项目名称',
    '1\t南昌市青山湖区民政局\t邻里守望',
    '2\t南昌市东湖区百花洲街道\t银龄食堂',
    '3\t南昌市西湖区朝阳洲街道\t四点半课堂',
  ].join('\n');

describe('groups counted together in one sentence', () => {
  it('says the sentence’s total when only one group was read', () => {
    const { n, warned } = readResolved(notice('和东湖区志愿者协会“银龄互助”等6个社区关爱项目'));
    expect(n.records).toHaveLength(3);
    expect(warned).toContain('count_mismatch');
    expect(n.warnings.find((w) => w.code === 'count_mismatch')).toMatchObject({
      stated: 9,
      found: 3,
    });
  });

  it('says nothing when the sentence counts only the group read', () => {
    const { n, warned } = readResolved(notice(''));
    expect(n.records).toHaveLength(3);
    expect(warned).not.toContain('count_mismatch');
  });
});
