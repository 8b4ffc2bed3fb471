/**
 * A province's own programme has its units in that province: a place the notice writes with no
 * province, under a name two provinces carry (海州区: 连云港 and 阜新), is the one in the province
 * the programme is named by. A national programme's record under the same name stays unresolved,
 * and a province the notice states still decides.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const item = (sentence: string) =>
  ['【连网】(记者 张晨晨)日前,“爱在海州”新型婚育文化宣传基地揭牌仪式在小剧场举行。', sentence].join(
    '\n',
  );

describe('a place of a province’s own programme', () => {
  it('lies in the province the programme is named by', () => {
    const { codes } = readResolved(item('2021年11月,海州区被确定为第二批江苏省婚俗改革实验区。'));
    expect(codes).toEqual(['320706']);
  });

  it('is found there for another province too', () => {
    const { codes } = readResolved(item('2021年11月,海州区被确定为第二批辽宁省婚俗改革实验区。'));
    expect(codes).toEqual(['210902']);
  });

  it('a national programme places nothing (control)', () => {
    const { codes } = readResolved(item('2021年11月,海州区被确定为第二批全国婚俗改革实验区。'));
    expect(codes).toEqual([null]);
  });
});
