/**
 * Organisations named in one sentence of a story, each after its own place: a run closed by a
 * count of its kind that equals the names, or announced by 包括; a province's short name run
 * into its city's; a run neither counted nor announced is left alone.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('organisations named in one sentence', () => {
  it('reads a run closed by a count of its kind, each at its own place', () => {
    const { n, codes } = readResolved(
      '我省3家单位获评先进社会组织\n' +
        '记者日前获悉，浙江省园艺行业协会、浙江温州青禾公益基金会、嘉兴市邻里互助发展中心3家社会组织榜上有名。\n',
    );
    expect(n.records.map((r) => r.unit)).toEqual([
      '浙江省园艺行业协会',
      '浙江温州青禾公益基金会',
      '嘉兴市邻里互助发展中心',
    ]);
    expect(codes).toEqual(['330000', '330300', '330400']);
  });

  it('reads a run announced by 包括, the last two joined by 和', () => {
    const { n } = readResolved(
      '先进社会组织表彰概况\n' +
        '全省共有3家社会组织获此荣誉，包括江西省茶叶与花卉行业协会、赣州市明溪社会工作服务中心和九江市晨光志愿服务中心 [1]\n',
    );
    expect(n.records.map((r) => r.unit)).toEqual([
      '江西省茶叶与花卉行业协会',
      '赣州市明溪社会工作服务中心',
      '九江市晨光志愿服务中心',
    ]);
  });

  it('leaves a run whose count does not match the names', () => {
    const { n } = readResolved(
      '座谈会召开\n' +
        '会上，浙江省园艺行业协会、嘉兴市邻里互助发展中心等5家社会组织作了交流发言。\n',
    );
    expect(n.records.map((r) => r.unit)).toEqual([]);
  });
});
