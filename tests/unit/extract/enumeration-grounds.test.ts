/**
 * "在A、B等3个试点市推荐的基础上，经评审，认定…": the places a decision built on (applicants,
 * pilots) are its ground, not its entries; the entries are the list it attaches. Composed from
 * our own sentences; the places are real.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const notice = (sentence: string) =>
  readResolved(
    [
      '山西省民政厅关于认定第一批省级地名保护名录的通知',
      '各市民政局：',
      sentence,
      '附件：第一批省级地名保护名录',
      '1.晋中市榆次区后沟村',
      '2.运城市永济市蒲州镇',
    ].join('\n'),
  );

describe('an enumeration a decision built on', () => {
  it('is no entry: 在…的基础上 names the ground', () => {
    const { codes } = notice(
      '根据有关规定，在太原、大同、长治等3个试点市推荐的基础上，经专家评审，认定后沟村等2个地名为省级地名保护名录。',
    );
    expect(codes).toEqual(['140702', '140881']);
  });

  it('is read where the sentence confirms the places themselves', () => {
    const { codes } = notice('经专家评审，确认太原市、大同市、长治市为地名保护试点市。');
    expect(codes).toEqual(['140100', '140200', '140400', '140702', '140881']);
  });
});
