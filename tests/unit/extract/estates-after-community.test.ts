/**
 * Residential estates written after their township and community ("某街道某社区某某小区"):
 * each estate is an entry, placed where its community lies — in the county the townships
 * name together when the notice never writes one.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('estates written after their community', () => {
  it('are entries placed in the one county their townships lie in', () => {
    const { n, codes } = readResolved(
      '近日，本月星级小区评选揭晓。经评定，本月“五星”小区分别是北山街道宝石社区青枫小区、' +
        '西溪街道石灰桥社区和润雅苑、翠苑街道塘苗社区塘苗三区、留下街道东岳社区岭下小区。',
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '北山街道宝石社区青枫小区',
      '西溪街道石灰桥社区和润雅苑',
      '翠苑街道塘苗社区塘苗三区',
      '留下街道东岳社区岭下小区',
    ]);
    expect(codes).toEqual(['330106', '330106', '330106', '330106']);
  });

  it('a verb closing the last village (…村上榜) is no estate', () => {
    const { n } = readResolved(
      '近日，第三批示范村名单公示。其中，我市西湖区转塘街道长埭村、' + '淳安县千岛湖镇青溪村上榜。',
    );
    expect(n.records.map((r) => r.regionText).at(-1)).toBe('淳安县千岛湖镇青溪村');
  });

  it('keep their estate when the county is written', () => {
    const { n, codes } = readResolved(
      '经评定，本月“五星”小区分别是杭州市西湖区北山街道宝石社区青枫小区、' +
        '杭州市西湖区翠苑街道塘苗社区塘苗三区、杭州市西湖区留下街道东岳社区岭下。',
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '杭州市西湖区北山街道宝石社区青枫小区',
      '杭州市西湖区翠苑街道塘苗社区塘苗三区',
      '杭州市西湖区留下街道东岳社区岭下',
    ]);
    expect(codes).toEqual(['330106', '330106', '330106']);
  });

  it('are never the people of a community', () => {
    const { n } = readResolved(
      '活动当天，参加的分别是北山街道宝石社区党员、西溪街道石灰桥社区居民。',
    );
    expect(n.records).toHaveLength(0);
  });
});
