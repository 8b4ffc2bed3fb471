/**
 * A city names its street offices or towns bare after their district, counted right after
 * the run ("命名某区甲、乙、丙3个街道办事处为…"): the names carry no unit noun, and some are
 * counties elsewhere, so the prose reading took them for stray counties. The count equal to
 * the names and the district right before the first make them that district's streets.
 * Composed from our own sentences; the districts are real, the names partly real streets.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const notice = (sentence: string) =>
  readResolved(
    [
      '某市人民政府关于命名社区建设示范街道的通报',
      '各区(市)县政府：',
      sentence,
      '二○○五年三月一日',
    ].join('\n'),
  );

describe('street offices named bare after their district and counted', () => {
  it('are the district’s streets, each read with 街道', () => {
    const { codes, warned } = notice(
      '经检查验收，市政府决定命名青羊区草市、西御河、汪家拐3个街道办事处为“示范街道”。',
    );
    expect(codes).toEqual(['510105', '510105', '510105']);
    expect(warned).not.toContain('count_mismatch');
  });

  it('reads two districts’ runs as groups adding up to the stated total', () => {
    const { codes, warned } = notice(
      '市政府决定命名武侯区浆洗街、玉林2个街道办事处，青羊区草市、西御河、汪家拐3个街道办事处等5个街道办事处为“示范街道”。',
    );
    expect(codes).toEqual(['510107', '510107', '510105', '510105', '510105']);
    expect(warned).not.toContain('count_mismatch');
  });

  it('reads towns counted with 镇 the same way', () => {
    const { codes } = notice('市政府决定命名江宁区汤山、淳化2个镇为“示范镇”。');
    expect(codes).toEqual(['320115', '320115']);
  });

  it('makes no streets of names the count does not match', () => {
    const { codes } = notice('市政府决定命名青羊区草市、西御河5个街道办事处为“示范街道”。');
    expect(codes).toEqual([]);
  });
});
