/**
 * A counted group heading whose label is a kind of village written alone ("二、文明村(5个)"):
 * the division list reads any "某村" as a village, but a village holds no units to list under
 * it, so the label is the honour's kind — no entry, no place — and the townships' villages on
 * the lines below are its entries. A place's counted heading still places its lines.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a kind of village heading its entries with a count', () => {
  it('is no entry and no place, and the lines below it are its entries', () => {
    const { n } = readResolved(
      [
        '关于命名表彰2017年度都江堰市级文明村镇的决定',
        '市文明委决定,授予灌口街道灵岩社区等5个社区为都江堰市级文明村镇称号。',
        '附件:2017年度新创都江堰市文明村镇名单',
        '二、文明村(5个)',
        '灌口街道灵岩社区',
        '永丰街道民主社区',
        '胥家镇圣寿社区',
        '龙池镇查关社区、红色社区',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '灌口街道灵岩社区',
      '永丰街道民主社区',
      '胥家镇圣寿社区',
      '龙池镇查关社区',
      '红色社区',
    ]);
    expect(n.records.some((r) => r.regionContext?.city === '文明村')).toBe(false);
  });

  it('leaves a district’s counted heading the place of its lines', () => {
    const { codes } = readResolved(
      [
        '关于命名表彰2017年度文明社区的决定',
        '市文明委决定,授予以下5个社区为市级文明社区称号。',
        '附件:名单',
        '一、海淀区(3个)',
        '学院路街道石油社区',
        '清河街道安宁里社区',
        '中关村街道科源社区',
        '二、东城区(2个)',
        '东华门街道多福巷社区',
        '景山街道吉祥社区',
      ].join('\n'),
    );
    expect(codes).toEqual(['110108', '110108', '110108', '110101', '110101']);
  });

  it('takes a counted kind of community for a kind too, never for an entry', () => {
    const { n } = readResolved(
      [
        '关于命名表彰2017年度文明村镇的决定',
        '附件:名单',
        '二、文明社区(2个)',
        '灌口街道灵岩社区',
        '永丰街道民主社区',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.regionText)).toEqual(['灌口街道灵岩社区', '永丰街道民主社区']);
  });
});
