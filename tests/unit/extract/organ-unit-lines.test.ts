/**
 * District lines listing their honoured street offices and town governments by full name,
 * spaced apart ("普陀区: 长征镇人民政府 石泉路街道办事处"): a town government is the unit
 * itself, so the line's names after it are read too, each in the district its line heads.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('district lines of street offices and town governments', () => {
  it('reads every unit, town governments among street offices, in its line’s district', () => {
    const { n, codes } = readResolved(
      [
        '关于命名示范社区的通知',
        '现命名以下单位为示范社区。',
        '附件:示范社区名单',
        '徐汇区: 天平路街道办事处 凌云街道办事处',
        '普陀区: 长征镇人民政府 石泉路街道办事处',
        '宝山区: 友谊路街道办事处 罗泾镇人民政府',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '徐汇区天平路街道办事处',
      '徐汇区凌云街道办事处',
      '普陀区长征镇人民政府',
      '普陀区石泉路街道办事处',
      '宝山区友谊路街道办事处',
      '宝山区罗泾镇人民政府',
    ]);
    expect(codes).toEqual(['310104', '310104', '310107', '310107', '310113', '310113']);
  });

  it('places a street office whose name starts like a city elsewhere in its district', () => {
    const { codes } = readResolved(
      [
        '关于命名示范社区的通知',
        '浦东新区: 潍坊社区(街道)办事处 张江镇人民政府',
        '黄浦区: 半淞园路街道办事处',
      ].join('\n'),
    );
    expect(codes).toEqual(['310115', '310115', '310101']);
  });

  it('makes no units of a district’s bureaus listed the same way', () => {
    const { n } = readResolved(
      [
        '关于命名示范社区的通知',
        '现命名以下单位为示范社区。',
        '徐汇区: 区民政局 区妇联',
        '普陀区: 区民政局 区团委',
      ].join('\n'),
    );
    expect(n.records).toHaveLength(0);
  });

  it('makes no units of a district’s own committees and offices, nor of every office at once', () => {
    for (const lines of [
      ['徐汇区: 区国有资产监督管理委员会', '普陀区: 区城市管理委员会'],
      ['徐汇区: 区政府驻京办事处', '普陀区: 区政府驻沪办事处'],
      ['徐汇区: 各街道办事处 各镇人民政府', '普陀区: 各街道办事处 各镇人民政府'],
    ]) {
      const { n } = readResolved(
        ['关于命名示范单位的通知', '现命名以下单位为示范单位。', ...lines].join('\n'),
      );
      expect(n.records.filter((r) => /^(徐汇|普陀)区[区各]/.test(r.regionText ?? ''))).toEqual([]);
    }
  });
});
