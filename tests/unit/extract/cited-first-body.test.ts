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

  it('reads a later clause the sentence’s conferring verb governs, never a placeless company', () => {
    const { n, codes, warned } = readResolved(
      '慈善奖榜单发布\n' +
        '市民政局决定授予比亚迪股份有限公司等10家企业为最具爱心捐赠企业，' +
        '“长沙市市民”(匿名)等10位同志为最具爱心慈善人物，' +
        '宁乡市慈善会等10个公益慈善组织为最具影响力公益慈善组织。\n',
    );
    expect(n.records.map((r) => r.unit)).toEqual(['宁乡市慈善会']);
    expect(codes).toEqual(['430182']);
    expect(warned).toContain('count_mismatch');
  });

  it('reads a company named after its place as the first of its counted companies', () => {
    const { n, codes } = readResolved(
      '慈善奖\n市政府决定授予浏阳市金阳建设有限公司等10家企业为最具爱心捐赠企业。\n',
    );
    expect(n.records.map((r) => r.unit)).toEqual(['浏阳市金阳建设有限公司']);
    expect(codes).toEqual(['430181']);
  });

  it('leaves a clause no conferring verb of its own sentence governs', () => {
    for (const line of [
      // The verb's sentence ended before the clause.
      '市民政局授予某某公司等10家企业为爱心企业。宁乡市慈善会等10个公益慈善组织为困难群众送去慰问品。',
      // No verb at all: the groups are actors.
      '活动中，长沙市某某公司等3家企业为学校捐赠图书，宁乡市慈善会等10个公益慈善组织为群众送去慰问品。',
      // The verb honours its own group, naming it as nothing: the next clause's 为 is "for".
      '大会表彰了比亚迪股份有限公司等10家企业，宁乡市慈善会等5个组织为活动提供志愿服务。',
    ]) {
      const { n } = readResolved(`慈善活动\n${line}\n`);
      expect(n.records).toEqual([]);
    }
  });
});
