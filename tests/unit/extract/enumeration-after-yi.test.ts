/**
 * A plan names places as the object of 以 ("以A、B两个…试点城市为核心"), as 将 names them: the
 * enumeration starts after it, its first place written in full or short. 以上/以下/以来 are
 * other words. A programme's 试点城市 are its pilot areas, zones as its 试点地区 are. Composed
 * from our own sentences; the places are real cities.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { readResolved, txtDoc } from './helpers';

const plan = (sentence: string) =>
  readResolved(['我省出台邻里器具产业发展规划', `规划提出，${sentence}`].join('\n'));

describe('an enumeration after 以', () => {
  it('gives the cities a count names as pilot cities, written short', () => {
    const { codes } = plan('以保定、邯郸两个国家邻里器具产业创新试点城市为核心，打造产业基地。');
    expect(codes).toEqual(['130600', '130400']);
  });

  it('lists them as pilot areas: 试点城市, like 试点地区, are zones', () => {
    const { n } = plan('以保定、邯郸两个国家邻里器具产业创新试点城市为核心，打造产业基地。');
    expect(n.records.map((r) => r.kind)).toEqual(['zone', 'zone']);
  });

  it('gives them written in full', () => {
    const { codes } = plan(
      '以保定市、邯郸市两个国家邻里器具产业创新试点城市为核心，打造产业基地。',
    );
    expect(codes).toEqual(['130600', '130400']);
  });

  it('is not opened by 以上', () => {
    const { codes } = plan('以上城区要加快建设邻里器具服务网点，打造产业基地。');
    expect(codes).toEqual([]);
  });

  it('is not opened by the 以 of 可以 ("…也可以地级市为单位申报"), with or without the gazetteer', () => {
    const text = [
      '关于开展省级社区治理实验区申报工作的通知',
      '由区（县、市）提出申请，于每年9月底前报省民政厅。个别涉及层次高、实施难度大的实验项目也可以地级市为单位申报。',
    ].join('\n');
    expect(readResolved(text).n.records).toEqual([]);
    expect(extractNotice(txtDoc(text), { fileName: 't.txt' }).records).toEqual([]);
  });
});
