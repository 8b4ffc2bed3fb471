/**
 * A table of how many units each place has (省(市) | 数量): a round's share per province told
 * as counts names no unit, so its places are no entries — while a table naming units beside
 * their counts, or a table of places with their themes, is still a list.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('tables of counts per place', () => {
  it('reads no entry from a province and city column beside a count column', () => {
    const { n } = readResolved(
      [
        '在获得第五批国家级海洋牧场示范区称号的24个海洋牧场中:',
        '省(市)\t数量',
        '河北省\t1个',
        '辽宁省\t1个',
        '山东省\t9个',
        '青岛市\t3个',
      ].join('\n'),
    );
    expect(n.records).toEqual([]);
  });

  it('still reads units named beside their counts', () => {
    const { codes } = readResolved(
      [
        '某某示范村名单',
        '县(市、区)\t村\t户数',
        '延庆区\t八达岭镇石峡村\t120户',
        '怀柔区\t渤海镇北沟村\t98户',
      ].join('\n'),
    );
    expect(codes).toEqual(['110119', '110116']);
  });

  it('still reads townships listed with a count of their own', () => {
    const { codes } = readResolved(
      [
        '延庆区第一批农村幸福院示范乡镇名单',
        '乡镇\t幸福院数量',
        '延庆区八达岭镇\t5个',
        '延庆区康庄镇\t3个',
      ].join('\n'),
    );
    expect(codes).toEqual(['110119', '110119']);
  });

  it('still reads places numbered in a 序号 column', () => {
    const { codes } = readResolved(
      ['我省4县被评为全国健康促进县', '序号\t县(区)', '1\t清涧县', '2\t子洲县', '3\t紫阳县'].join(
        '\n',
      ),
    );
    expect(codes).toEqual(['610830', '610831', '610924']);
  });

  it('still reads places listed with a theme of their own', () => {
    const { codes } = readResolved(
      [
        '某某实验区名单',
        '实验区\t实验主题',
        '北京市石景山区\t1个社区议事平台建设',
        '天津市和平区\t社区服务标准化',
      ].join('\n'),
    );
    expect(codes).toEqual(['110107', '120101']);
  });
});
