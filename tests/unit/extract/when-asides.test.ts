/**
 * A word of time between a unit and the verb that lists it ("…社区日前被授予…称号", "…村近日
 * 入选…"), and a community the division list does not know right after its township before
 * that verb, composed here with other places: the unit is one entry, its community included.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a unit, a word of time, its verb', () => {
  it('日前 between the community and 被授予 leaves it the story’s entry', () => {
    const { n, codes } = readResolved(
      '喜讯\n长沙市开福区新河街道幸福桥社区日前被授予“全国综合减灾示范社区”称号，是全区唯一一个。',
    );
    expect(codes).toEqual(['430105']);
    expect(n.records).toHaveLength(1);
  });

  it('近日 before 入选 does the same', () => {
    const { codes } = readResolved(
      '好消息\n常德市桃源县漳江街道官家坪社区近日入选省级综合减灾示范社区名单。',
    );
    expect(codes).toEqual(['430725']);
  });

  it('a community unknown to the division list after its township is part of that one unit', () => {
    // 青云社区 is not among 漳江街道's units in the statistical lists (a made-up name).
    const { n, codes } = readResolved(
      '喜讯\n桃源县漳江街道青云社区日前被授予“全国综合减灾示范社区”称号。',
    );
    expect(codes).toEqual(['430725']);
    expect(n.records.map((r) => r.regionText)).toEqual(['桃源县漳江街道青云社区']);
  });

  it('so is one after a street office written 办事处', () => {
    const { n, codes } = readResolved(
      '喜讯\n桃源县漳江办事处青云社区日前被授予“全国综合减灾示范社区”称号。',
    );
    expect(codes).toEqual(['430725']);
    expect(n.records.map((r) => r.regionText)).toEqual(['桃源县漳江办事处青云社区']);
  });
});
