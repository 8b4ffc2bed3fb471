/**
 * Places counted as the applicants ("北京等19个省（区、市）卫生厅局49个县（市、区）申报…", "A、B等5个
 * 市参加评选") are who put themselves forward, not entries; the entries the decision names after
 * them, and units whose applied-for projects a verdict follows (…等39个县申报的项目通过验收), are.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const T = '关于公布2011年度国家慢性病综合防控示范区考评结果的通知';
const placesOf = (...lines: string[]): string[] =>
  readResolved([T, ...lines].join('\n')).n.records.map((r) => r.unit ?? r.regionText ?? '');

describe('places counted as the applicants', () => {
  it('makes no entries of the provinces whose counties applied, nor of a count of participants', () => {
    expect(
      placesOf(
        '2011年，北京等19个省（区、市）卫生厅局49个县（市、区）申报慢性病综合防控示范区，经评审，认定北京市朝阳区等39个县（市、区）为示范区。',
      ),
    ).toEqual(['北京市朝阳区']);
    expect(placesOf('2011年，北京、天津等19个省（区、市）的49个县（市、区）申报示范区。')).toEqual(
      [],
    );
    expect(placesOf('今年共有北京等19个省（区、市）参加评选。')).toEqual([]);
  });

  it('still reads the decision’s entries and the units whose applied-for projects passed', () => {
    expect(placesOf('经评审，认定北京市朝阳区等39个县（市、区）申报的项目通过验收。')).toEqual([
      '北京市朝阳区',
    ]);
    expect(
      readResolved(
        [
          '关于授予全国文明城市称号的决定',
          '决定授予北京市、天津市等2个城市“全国文明城市”称号。',
        ].join('\n'),
      ).n.records,
    ).toHaveLength(2);
    // The applicants a check went to are that check's objects (…等9个申报…示范社区的…进行检查).
    expect(
      placesOf(
        '对三元区白沙街道群一社区、永安市燕东街道忠义社区和燕南街道太平社区等9个申报2020年国家综合减灾示范社区的防灾减灾工作开展情况进行检查。',
      ),
    ).toHaveLength(3);
  });
});
