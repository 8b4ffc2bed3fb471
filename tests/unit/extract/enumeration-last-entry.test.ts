/**
 * A unit closing an enumeration with 。 ("…：甲区、乙市。") is the enumeration's last entry;
 * a unit standing alone before 。 at its line's start ("山東。諸城市") labels what follows.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const extract = (text: string) => extractNotice(txtDoc(text), { fileName: 't.txt' });
const regions = (text: string) => extract(text).records.map((r) => r.regionText);

describe('a unit before 。', () => {
  it('after 、 it is the last entry of the enumeration, not a label', () => {
    expect(
      regions('经评估，确认以下地区为社区治理成效较好的实验区：青禾区、白石县、云岭市。'),
    ).toEqual(['青禾区', '白石县', '云岭市']);
  });

  it('after 、 at the end of a wrapped line it is still the last entry', () => {
    expect(regions('确认以下地区为实验区：青禾区、白石县、\n云岭市。')).toEqual([
      '青禾区',
      '白石县',
      '云岭市',
    ]);
  });

  it('in traditional characters too', () => {
    expect(regions('確認以下地區為實驗區：青禾區、雲嶺市。')).toEqual(['青禾區', '雲嶺市']);
  });

  it('standing alone at a line start it still labels the places after it', () => {
    const n = extract('推薦名單\n雲嶺市。青禾區、白石縣');
    expect(n.records.map((r) => r.regionText)).toEqual(['青禾區', '白石縣']);
    expect(n.records.every((r) => r.regionContext?.city === '雲嶺市')).toBe(true);
  });
});
