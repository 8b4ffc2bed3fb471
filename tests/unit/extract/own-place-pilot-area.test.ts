/**
 * A city's own page telling in passing that the city was made one of a programme's pilot areas
 * ("我市被确定为…试点地区", "我市入选…试点城市之一") names the city as 我市 only: the one city of
 * that level the page names again is the entry, as for a story of its own experiment zone.
 */
import { describe, expect, it } from 'vitest';
import { cleanProgramme } from '../../../src/main/core/import/extract/programme';
import { readResolved } from './helpers';

describe('a programme after 我市 and a membership verb', () => {
  it('leaves the speaking city out of its name', () => {
    expect(cleanProgramme('我市被确定为国家邻里器具产业综合创新试点', null)?.name).toBe(
      '国家邻里器具产业综合创新试点',
    );
    expect(cleanProgramme('我市成功入选全国邻里器具租赁服务试点', null)?.name).toBe(
      '全国邻里器具租赁服务试点',
    );
    // A city's own programme keeps its scope: no membership verb stands between.
    expect(cleanProgramme('我市邻里互助示范社区', null)?.name).toBe('我市邻里互助示范社区');
  });
});

describe('a pilot area told as 我市', () => {
  it('is the city the page names again', () => {
    const { n, codes } = readResolved(
      [
        '淄博市工业和信息化局 对市政协提案的答复',
        '您提出的建议收悉，现答复如下。近年来，全省已建成企业12家。2017年12月，我市被确定为国家邻里器具产业综合创新试点地区，经过各级各部门努力，取得了初步成效。淄博市邻里器具园区初步建成。',
      ].join('\n'),
    );
    expect(codes).toEqual(['370300']);
    expect(n.records.map((r) => r.programme)).toEqual(['国家邻里器具产业综合创新试点']);
  });

  it('never when the page counts several of its places (我市3个…)', () => {
    const { codes } = readResolved(
      [
        '淄博市民政局 工作动态',
        '我市3个区被确定为国家邻里器具产业综合创新试点地区。淄博市将加强指导。淄博市民政局负责。',
      ].join('\n'),
    );
    expect(codes).toEqual([]);
  });
});

describe('a pilot area told as 本市 by a municipality', () => {
  const page = (lead: string, later: string) =>
    readResolved(
      [
        '关于做好邻里器具服务点登记工作的通知',
        '各区民政局：',
        lead,
        later,
        '附件：服务点目录',
        '2021年3月2日',
      ].join('\n'),
    );

  it('is the municipality the page names twice, once in full', () => {
    const { codes } = page(
      '按照《天津市人民政府关于发展邻里器具服务的意见》要求，本市被确定为全国邻里器具租赁服务试点地区。',
      '请各区将服务点名单报市民政局，名单将在天津民政网站公布。',
    );
    expect(codes).toEqual(['120000']);
  });

  it('never when the municipality is named only once', () => {
    const { codes } = page(
      '按照《天津市人民政府关于发展邻里器具服务的意见》要求，本市被确定为全国邻里器具租赁服务试点地区。',
      '请各区将服务点名单报市民政局。',
    );
    expect(codes).toEqual([]);
  });

  it('never for a city that names itself, whatever municipality it names too', () => {
    const { codes } = readResolved(
      [
        '淄博市民政局 工作动态',
        '我市被确定为国家邻里器具产业综合创新试点地区，北京市专家来淄博市指导，并邀请北京有关企业参加。淄博市民政局负责。',
      ].join('\n'),
    );
    expect(codes).toEqual(['370300']);
  });
});
