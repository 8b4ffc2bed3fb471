/**
 * A national batch a page cites by its first unit where the act is told in two more ways: by
 * what the batch includes ("包括北京市西城区等154个县作为…优秀示范县") over the province's own
 * list, and as the second object of one act ("确定北京市、浙江省为…试点省，天津市南开区等61个市
 * 为…试点市。其中，…") before the page's own share. Composed from our own lines.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const read = (lines: string[]) => readResolved(lines.join('\n'));

describe('a batch cited by what it includes', () => {
  it('drops the included example over a province’s own table', () => {
    const { n } = read([
      '四川5县入选全国科普示范县',
      '中国科协组织第三方评估和专家评议，包括北京市西城区等154个县（市、区）作为2030年度全国科普示范县（市、区）总结评估优秀示范县。',
      '2030年度全国科普示范县（市、区）四川名单',
      '序号\t市\t县（市、区）',
      '1\t成都市\t蒲江县',
      '2\t成都市\t金堂县',
      '3\t宜宾市\t江安县',
    ]);
    expect(n.records.map((r) => r.regionText)).not.toContain('北京市西城区');
    expect(n.records).toHaveLength(3);
  });

  it('keeps a unit the notice lists among what it includes, the count no larger than its list', () => {
    const { n } = read([
      '关于公布示范社区的通知',
      '本次命名的示范社区包括锦江区甲社区等3个社区，名单如下：',
      '1. 成都市锦江区甲社区',
      '2. 成都市锦江区乙社区',
      '3. 成都市青羊区丙社区',
    ]);
    expect(n.records).toHaveLength(3);
  });
});

describe('a batch cited as an act’s second object', () => {
  it('drops the head of the second clause when the page’s own share follows under 其中', () => {
    const { n } = read([
      '新疆四地入选第三批国家安宁疗护试点',
      '国家卫生健康委办公厅日前印发通知，确定北京市、浙江省、湖南省为第三批国家安宁疗护试点省（市），天津市南开区等61个市（区）为第三批国家安宁疗护试点市（区）。其中，新疆克拉玛依市、昌吉回族自治州入选安宁疗护试点市（区）。',
    ]);
    expect(n.records.map((r) => r.regionText)).not.toContain('天津市南开区');
    expect(n.records.map((r) => r.regionText)).toContain('新疆克拉玛依市');
  });

  it('keeps the head of a second clause when no share of the page follows it', () => {
    const { n } = read([
      '关于开展第三批安宁疗护试点工作的通知',
      '确定北京市、浙江省、湖南省为第三批国家安宁疗护试点省（市），天津市南开区等61个市（区）为第三批国家安宁疗护试点市（区）。',
      '各地要加强组织领导。',
    ]);
    expect(n.records.map((r) => r.regionText)).toContain('天津市南开区');
  });
});
