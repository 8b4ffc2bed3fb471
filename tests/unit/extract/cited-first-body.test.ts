/**
 * A recognition naming its list by one body alone: the body is an entry at its place and the
 * group's count says the rest is missing; bodies counted in passing are no list.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a naming that cites its list by one body', () => {
  it('reads the body after a conferring verb, once when the group is cited twice', () => {
    const { n, codes, warned } = readResolved(
      '罗湖区优秀社会组织\n' +
        '于12月6日最终评选出罗湖区社会工作者协会等14家社会组织为2021年优秀社会组织。' +
        '最后经综合复议，最终评选出深圳市罗湖区社会工作者协会等14家社会组织为2021年优秀社会组织。\n',
    );
    expect(n.records.map((r) => r.unit)).toEqual(['罗湖区社会工作者协会']);
    expect(codes).toEqual(['440303']);
    expect(warned).toContain('count_mismatch');
  });

  it('reads the body an honour verb follows', () => {
    const { n, codes } = readResolved(
      '示范社会组织\n' +
        '石门县康乐福居家养老服务中心等17家社会组织被评为全省第一批“十百千”示范社会组织。\n',
    );
    expect(n.records.map((r) => r.unit)).toEqual(['石门县康乐福居家养老服务中心']);
    expect(codes).toEqual(['430726']);
  });

  it('drops the cited body when the story lists its own share of the round', () => {
    const { n } = readResolved(
      '我省两家社会组织获评全国先进社会组织\n' +
        '民政部近日评选出北京市朝阳区社会工作者协会等100家社会组织为全国先进社会组织。' +
        '其中，浙江省园艺行业协会、嘉兴市邻里互助发展中心2家社会组织榜上有名。\n',
    );
    expect(n.records.map((r) => r.unit)).toEqual(['浙江省园艺行业协会', '嘉兴市邻里互助发展中心']);
  });

  it('leaves bodies counted as the story’s actors', () => {
    for (const line of [
      '会上，浙江省园艺行业协会等5家社会组织作了交流发言。',
      '杭州市某某公益协会等5家社会组织为困难群众送去慰问品。',
    ]) {
      const { n } = readResolved(`社会组织活动\n${line}\n`);
      expect(n.records).toEqual([]);
    }
  });
});
