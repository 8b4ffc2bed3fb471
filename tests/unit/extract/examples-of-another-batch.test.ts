/**
 * A story citing examples of a larger count beside its own share: examples of the share's own
 * batch cite that batch and are no entries, but examples of another batch the same story
 * tells (a provincial list beside a national one) are that other list's entries as far as the
 * story names them.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('examples of a batch beside a share of another', () => {
  it('keeps the examples of a second batch told after the city’s share of the first', () => {
    const { n, codes } = readResolved(
      [
        '本报讯 近日，经有关部门审核，决定表彰包括我市云溪区陆城镇白泥湖村、君山区柳林洲街道东城村2个村（社区）在内的全国800个村（社区）为第七批“全国民主法治示范村（社区）”。',
        '同时，省司法厅、省民政厅决定表彰包括平江县安定镇小田村、湘阴县文星镇长康村、华容县治河渡镇民主村等9个村（社区）在内的全省200个村（社区）为第八批“全省民主法治示范村（社区）”。',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '云溪区陆城镇白泥湖村',
      '君山区柳林洲街道东城村',
      '平江县安定镇小田村',
      '湘阴县文星镇长康村',
      '华容县治河渡镇民主村',
    ]);
    expect(codes).toEqual(['430603', '430611', '430626', '430624', '430623']);
  });

  it('keeps examples of another quoted list than the one the share’s sentence names', () => {
    const { n } = readResolved(
      [
        '本报讯 经推荐申报、实地考核，评选出10个村为首届全省“十佳文明村”，我市林州市姚村镇西丰村、安阳县韩陵镇东街村榜上有名。',
        '另外，郑州市二七区淮河路街道办事处兴华社区、洛阳市西工区王城路办事处金谷社区等10个社区被授予首届全省“十佳文明社区”荣誉称号。',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '林州市姚村镇西丰村',
      '安阳县韩陵镇东街村',
      '郑州市二七区淮河路街道办事处兴华社区',
      '洛阳市西工区王城路办事处金谷社区',
    ]);
  });

  it('still drops the examples that cite the batch the share belongs to', () => {
    const { n } = readResolved(
      '本报讯 近日，省司法厅、省民政厅决定命名平江县安定镇小田村、湘阴县文星镇长康村等300个村为第八批全省民主法治示范村，其中我市2个：云溪区陆城镇白泥湖村、君山区柳林洲街道东城村。',
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '云溪区陆城镇白泥湖村',
      '君山区柳林洲街道东城村',
    ]);
  });
});
