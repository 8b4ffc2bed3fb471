/**
 * A county speaking of itself as a pilot ("我县作为全国…试点县") is the county its text names at
 * least twice, a county of two characters (莒县, 沛县) as well as a longer one; words of reference
 * (全县, 该县, 各县) are no county's name, so a text naming no county of its own yields nothing.
 * Nor are a longer word's last two characters: 示范县 names no 范县, 莒南县 no 南县, 公安县 no 安县.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const story = (county: string) =>
  [
    `${county}扎实推进全国婚俗改革试点工作`,
    '近年来，我县作为全国婚俗改革试点县，坚持移风易俗，全县婚事新办蔚然成风。',
    `下一步，${county}将继续深化婚俗改革，巩固试点成果。`,
  ].join('\n');

describe('a county of two characters speaking as 我县', () => {
  it('is the unit of its own story', () => {
    expect(readResolved(story('莒县')).codes).toEqual(['371122']);
    expect(readResolved(story('沛县')).codes).toEqual(['320322']);
  });

  it('as a longer county is', () => {
    expect(readResolved(story('沂水县')).codes).toEqual(['371323']);
  });

  it('is no county ending a longer name (莒南县 is no 南县, 公安县 no 安县)', () => {
    expect(readResolved(story('莒南县')).codes).toEqual(['371327']);
    expect(readResolved(story('公安县')).codes).toEqual(['421022']);
  });

  it('is no title ending in 县 (示范县 names no 范县)', () => {
    const { n } = readResolved(
      [
        '扎实推进全国婚俗改革试点工作',
        '近年来，我县作为全国婚俗改革试点县，先后获评全国综合减灾示范县、全国双拥模范县。',
        '下一步，我县将巩固示范县成果，争创更多示范县。',
      ].join('\n'),
    );
    expect(n.records).toEqual([]);
  });

  it('is no second county when named inside a clause in passing (借鉴莒县经验)', () => {
    const { codes } = readResolved(
      [
        '沂水县扎实推进全国婚俗改革试点工作',
        '近年来，我县作为全国婚俗改革试点县，学习借鉴莒县经验，全县婚事新办蔚然成风。',
        '下一步，沂水县将继续深化婚俗改革，巩固试点成果。',
      ].join('\n'),
    );
    expect(codes).toEqual(['371323']);
  });

  it('is nobody when the text names only 全县 and 该县', () => {
    const { n } = readResolved(
      [
        '扎实推进全国婚俗改革试点工作',
        '近年来，我县作为全国婚俗改革试点县，坚持移风易俗，全县婚事新办蔚然成风。',
        '下一步，该县将继续深化婚俗改革，全县上下巩固试点成果。',
      ].join('\n'),
    );
    expect(n.records).toEqual([]);
  });

  it('is nobody when two counties are named', () => {
    const { n } = readResolved(
      [
        '莒县沛县交流婚俗改革试点工作',
        '近年来，我县作为全国婚俗改革试点县，坚持移风易俗。',
        '沛县、莒县两地将继续深化婚俗改革。',
      ].join('\n'),
    );
    expect(n.records).toEqual([]);
  });
});
