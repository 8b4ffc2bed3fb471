/**
 * News of a visit to one place's experiment zone ("赴某区调研…实验区建设", "对某街道…实验区
 * 项目进行督查"): the visited place is the story's one zone; a name that is no division places
 * nothing.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a visit to a place building an experiment zone', () => {
  it('goes to the district: the district is the zone', () => {
    const { codes } = readResolved(
      [
        '某局领导调研社区治理工作',
        '2020-05-12',
        '5月11日,市民政局副局长某某赴武侯区调研全国街道服务管理创新实验区建设情况。区民政局主要负责人陪同调研。',
        '某某充分肯定了相关工作,并提出三点要求。',
      ].join('\n'),
    );
    expect(codes).toEqual(['510107']);
  });

  it('checks on a street: the street is the zone', () => {
    const { n, codes } = readResolved(
      '10月9日,专家组对四川省成都市武侯区玉林街道省级社区治理和服务创新实验区项目进行中期评估。街道负责人作了汇报。',
    );
    expect(n.records.map((r) => r.regionText)).toEqual(['四川省成都市武侯区玉林街道']);
    expect(codes).toEqual(['510107']);
  });

  it('a study visit to a pilot elsewhere gives no record', () => {
    const { n } = readResolved(
      [
        '某县民政局赴外地学习乡村治理经验',
        '5月11日，我县民政局一行到安吉县开展乡村治理试点考察学习。',
        '双方就相关工作进行了交流。',
      ].join('\n'),
    );
    expect(n.records).toEqual([]);
  });

  it('a name that is no division gives no record', () => {
    const { n } = readResolved(
      '10月9日,专家组对新城片区省级社区治理和服务创新实验区项目进行中期评估。片区负责人作了汇报。',
    );
    expect(n.records).toEqual([]);
  });
});
