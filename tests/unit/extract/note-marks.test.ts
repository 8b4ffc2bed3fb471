/**
 * "河北省涉县*、河北省武安市*": a list marks some units with an asterisk its note below explains
 * (加“*”的县为…); the mark is dropped from the reading text so each starred line reads as its
 * place. Controls: two or more asterisks are a censor's mask and stay, and so does a mark inside
 * a name or after a word that ends no division.
 */
import { describe, expect, it } from 'vitest';
import { readingText } from '../../../src/main/core/import/extract/reading-text';
import { readResolved } from './helpers';

const HEAD = '第二批城乡交通运输一体化示范创建县公示名单(共6个)\n';

describe('a note mark glued to a listed place', () => {
  it('is dropped, so the starred units of a list are read', () => {
    const { n, codes } = readResolved(
      HEAD +
        '河北省涉县*、河北省武安市*\n山西省武乡县*\n辽宁省盘山县\n海南省琼海市*\n贵州省习水县*\n' +
        '(注:加“*”的县(区、市)为国家乡村振兴重点帮扶县或革命老区县。)\n',
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '河北省涉县',
      '河北省武安市',
      '山西省武乡县',
      '辽宁省盘山县',
      '海南省琼海市',
      '贵州省习水县',
    ]);
    expect(codes).toEqual(['130426', '130481', '140429', '211122', '469002', '520330']);
  });

  it('is dropped after the pinyin a converter left, and maps back to the raw text', () => {
    expect(readingText('福建省沙縣區(qū)*\n廣東省南雄市*、廣東省四會市', 'txt').text).toBe(
      '福建省沙縣區\n廣東省南雄市、廣東省四會市',
    );
    const r = readingText('武乡县*、盘山县', 'txt');
    expect(r.text).toBe('武乡县、盘山县');
    expect(r.origin[3]).toBe(4);
  });

  it('leaves masks and marks that follow no division alone', () => {
    expect(readingText('宁夏**自治区盐池县', 'txt').text).toBe('宁夏**自治区盐池县');
    expect(readingText('涉县**、武安市', 'txt').text).toBe('涉县**、武安市');
    expect(readingText('宁夏*自治区', 'txt').text).toBe('宁夏*自治区');
    expect(readingText('张*、李*', 'txt').text).toBe('张*、李*');
  });
});
