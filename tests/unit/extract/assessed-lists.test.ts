/**
 * Lists inside the prose of later notices, composed here in other words and places: the
 * units an expert group inspected or accepted (对…的A、B、C等…进行了评估/验收), a township's
 * community after 和 that keeps the county of the one before, a date before the place that
 * was confirmed, and a social organisation listed by its full name. Places named in passing
 * (the stops of a visit, where a third party evaluated the work) stay no entries.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const statuses = (n: ReturnType<typeof readResolved>['n']) =>
  n.records.map((r) => r.outcome?.status ?? null);

describe('assessed units in a later notice', () => {
  it('the places after 对…的 that an expert group evaluated are the entries', () => {
    const { n, codes } = readResolved(
      '专家组完成实地评估\n近日，省民政厅组织专家组，对申报全国农村社区治理实验区的江苏省无锡市宜兴市、江苏省南京市江宁区、江苏省苏州市吴江区等县（市、区）进行了实地评估。',
    );
    expect(codes).toEqual(['320282', '320115', '320509']);
    // An inspection states no outcome of the vocabulary.
    expect(statuses(n)).toEqual([null, null, null]);
  });

  it('a programme’s name closed by 的 before the places is the clause of 对, not a label', () => {
    const { codes } = readResolved(
      '专家组考察\n近日，省生态办组织专家组，对申报国家生态文明建设示范区的山西省平遥县、浙江省安吉县、四川省彭州市等县（市）进行了考察。',
    );
    expect(codes).toEqual(['140728', '330523', '510182']);
  });

  it('the result stated after the assessment is the entries’ status', () => {
    const { n, codes } = readResolved(
      '结项验收\n近日，省验收组对江苏省无锡市宜兴市、江苏省南京市江宁区的实验区进行了结项验收，均顺利通过验收。',
    );
    expect(codes).toEqual(['320282', '320115']);
    expect(statuses(n)).toEqual(['已验收', '已验收']);
  });

  it('places a visit stopped at, or where the work was evaluated, are no entries', () => {
    expect(
      readResolved('调研\n近日，省民政厅领导一行先后到宜兴市、江宁区、吴江区进行了考察。').codes,
    ).toEqual([]);
    expect(
      readResolved('社会工作\n同时引入第三方评估机构对江宁区社会工作进行客观评估。').codes,
    ).toEqual([]);
  });

  it('townships after 对…的 lie in the county the sentence names when the division list agrees', () => {
    // 新塘口村 and 青龙岗村 are not in the statistical lists (merged or renamed since), so the
    // towns alone cannot say their county; the sentence says 宜兴市 and 丁蜀镇 lies there.
    const { n, codes, warned } = readResolved(
      '项目通过市级初验\n2019年5月，市验收组到宜兴市对该市实施的丁蜀镇新塘口村、张渚镇青龙岗村等五个村的土地整治项目进行了实地验收。',
    );
    expect(codes).toEqual(['320282', '320282']);
    expect(n.records.map((r) => r.regionText)).toEqual(['丁蜀镇新塘口村', '张渚镇青龙岗村']);
    expect(warned).toContain('count_mismatch');
  });

  it('never a county the division list does not place the townships in', () => {
    const { codes } = readResolved(
      '项目通过市级初验\n2019年5月，市验收组到江宁区对该区实施的丁蜀镇新塘口村、张渚镇青龙岗村等五个村的土地整治项目进行了实地验收。',
    );
    expect(codes).not.toContain('320115');
  });
});

describe('entries of one sentence in a later notice', () => {
  it('a township’s community after 和 keeps the county of the community before it', () => {
    const { codes, n } = readResolved(
      '示范社区\n近日，南京市江宁区东山街道上坊社区和秣陵街道殷巷社区入选全省和谐社区建设示范社区。',
    );
    expect(codes).toEqual(['320115', '320115']);
    expect(n.records[1]!.regionText).toBe('秣陵街道殷巷社区');
  });

  it('a date before the place does not hide it, and the sentence’s theme is its title', () => {
    const { n, codes } = readResolved(
      '实验区建设\n为推进农村社区建设，2018年3月江苏省无锡市宜兴市成功申报第二批全国农村社区治理实验区，实验时间为三年，实验主题为“探索农村社区协商议事，推进共建共享”。',
    );
    expect(codes).toEqual(['320282']);
    expect(n.records[0]!.title).toBe('探索农村社区协商议事，推进共建共享');
  });

  it('a social organisation listed by its full name lies in its place, the name its title', () => {
    const { n, codes } = readResolved(
      '示范单位\n近日，南京市江宁区益民社会工作服务社入选全国社会工作服务示范单位。',
    );
    expect(codes).toEqual(['320115']);
    expect(n.records[0]!.title).toBe('南京市江宁区益民社会工作服务社');
  });
});
