/**
 * Two ways a village is written that the prose reading took for something else: a village whose
 * one-character name is 和 right after its township ("宋疃镇和村", not "宋疃镇" and a noun), and
 * a county's example village after 的 before the count it stands for ("监利县的大兴村等11个村").
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a village named 和 after its township', () => {
  it('is an entry, and the enumeration around it is read', () => {
    const { n } = readResolved(
      [
        '我市9个行政村入选美丽乡村示范村',
        '近日,省里公布了美丽乡村示范村名单。相山区渠沟镇徐集村、渠沟镇张楼村,杜集区矿山集街道南山村,烈山区宋疃镇和村、古饶镇赵集村等5个行政村荣获美丽乡村示范村称号。',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '相山区渠沟镇徐集村',
      '渠沟镇张楼村',
      '杜集区矿山集街道南山村',
      '烈山区宋疃镇和村',
      '古饶镇赵集村',
    ]);
  });

  it('leaves 和 joining two townships a join', () => {
    const { n } = readResolved(
      [
        '关于生态乡镇的通知',
        '近日,省里公布了生态乡镇名单。烈山区宋疃镇和古饶镇、濉溪县五沟镇等3个乡镇荣获省级生态乡镇称号。',
      ].join('\n'),
    );
    expect(n.records.some((r) => /和古饶镇|和村/.test(r.regionText ?? ''))).toBe(false);
  });
});

describe('a county’s example village after 的, before its count', () => {
  it('is the line’s entry, in that county', () => {
    const { n, codes } = readResolved(
      [
        '荆州新增80个省级生态村',
        '这些乡镇荣获2016年度省级生态村',
        '监利县的大兴村等11个村',
        '石首市的木榨湖村等11个村',
        '沙市区的白水村等4个村',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '监利县的大兴村',
      '石首市的木榨湖村',
      '沙市区的白水村',
    ]);
    expect(codes).toEqual(['421023', '421081', '421002']);
  });

  it('reads no village out of a county’s count alone', () => {
    const { n } = readResolved(
      [
        '荆州新增80个省级生态村',
        '这些乡镇荣获2016年度省级生态村',
        '监利县的11个村',
        '石首市的11个村',
      ].join('\n'),
    );
    expect(n.records.some((r) => /的/.test(r.regionText ?? ''))).toBe(false);
  });

  it('reads no kind of village, nor a count that goes on about something else', () => {
    const kinds = readResolved(
      [
        '荆州新增80个省级生态村',
        '这些乡镇荣获2016年度省级生态村',
        '监利县的贫困村等11个村',
        '石首市的示范村等11个村',
      ].join('\n'),
    );
    expect(kinds.n.records.some((r) => /的/.test(r.regionText ?? ''))).toBe(false);
    const told = readResolved(
      ['荆州新增80个省级生态村', '近日,监利县的大兴村等11个村党支部书记参加了培训。'].join('\n'),
    );
    expect(told.n.records.some((r) => /大兴村/.test(r.regionText ?? ''))).toBe(false);
  });
});
