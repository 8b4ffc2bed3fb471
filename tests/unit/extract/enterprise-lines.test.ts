/**
 * Enterprises a line each under their list's heading: each an entry titled by its registered
 * name, at the place the name opens with, else at its group's or the list's place; prose, a
 * line of persons or a heading over no list reads none.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('enterprises a line each', () => {
  it('companies under a share’s list: titled whole, placed by the name or the share', () => {
    const { n, codes } = readResolved(
      [
        '四川在线记者 张三',
        '近日，农业农村部公布了第九次监测合格农业产业化国家重点龙头企业名单。',
        '入选第九次监测合格农业产业化国家重点龙头企业的四川名单：',
        '新希望集团有限公司',
        '成都市棒棒娃实业有限公司',
        '四川省青川县川珍实业有限公司',
        '泸州老窖股份有限公司',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.title)).toEqual([
      '新希望集团有限公司',
      '成都市棒棒娃实业有限公司',
      '四川省青川县川珍实业有限公司',
      '泸州老窖股份有限公司',
    ]);
    expect(codes.map((c) => c?.slice(0, 6))).toEqual(['510000', '510100', '510822', '510500']);
  });

  it('farms under a city’s group heading inside the list', () => {
    const { n, codes } = readResolved(
      [
        '关于公布2023年省级示范家庭农场名单的通知',
        '各市农业农村局：',
        '现将名单公布如下。',
        '2023年省级示范家庭农场名单',
        '忻州市（3家）',
        '偏关县惠泽家庭农场',
        '岢岚县金田家庭农场',
        '河曲县丰裕养殖场',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.title)).toEqual([
      '偏关县惠泽家庭农场',
      '岢岚县金田家庭农场',
      '河曲县丰裕养殖场',
    ]);
    expect(codes.map((c) => c?.slice(0, 6))).toEqual(['140932', '140929', '140930']);
  });

  it('companies a line each with no list heading above are no list', () => {
    const { n } = readResolved(
      [
        '我市召开企业座谈会',
        '参会企业发言摘要如下',
        '成都市棒棒娃实业有限公司',
        '泸州老窖股份有限公司',
      ].join('\n'),
    );
    expect(n.records.filter((r) => /公司$/.test(r.title))).toEqual([]);
  });

  it('a list heading over prose or over persons reads no enterprise', () => {
    const { n } = readResolved(
      [
        '2023年省级示范家庭农场名单',
        '偏关县惠泽家庭农场负责人张三介绍，今年农场增收明显。',
        '张三',
        '李四',
      ].join('\n'),
    );
    expect(n.records.filter((r) => /农场/.test(r.title))).toEqual([]);
  });

  it('companies under a list no programme designates are no entries (look-alikes)', () => {
    for (const heading of ['参会企业名单：', '中标供应商名单', '本市重点企业名录']) {
      const { n } = readResolved(
        [
          '本报讯 近日，我市召开民营企业座谈会。',
          heading,
          '成都市棒棒娃实业有限公司',
          '泸州老窖股份有限公司',
          '会上，企业代表踊跃发言。',
        ].join('\n'),
      );
      expect(
        n.records.filter((r) => /公司$/.test(r.title)),
        heading,
      ).toEqual([]);
    }
  });

  it('a person set before each farm is no farm’s name', () => {
    const { n } = readResolved(
      ['2023年省级示范家庭农场名单', '张三 偏关县惠泽家庭农场', '李四 岢岚县金田家庭农场'].join(
        '\n',
      ),
    );
    expect(n.records.filter((r) => /农场/.test(r.title))).toEqual([]);
  });

  it('one enterprise under a heading is no list', () => {
    const { n } = readResolved(
      ['2023年省级示范家庭农场名单', '偏关县惠泽家庭农场', '以上名单自公布之日起生效。'].join('\n'),
    );
    expect(n.records.filter((r) => /农场/.test(r.title))).toEqual([]);
  });
});
