/**
 * An honour named by what its units are (文明村镇, 绿色社区, 友好型社区, 特色小镇) after a verb of
 * making or showing such units is a story's theme, no programme: a feature's headline
 * (展现特色小镇新魅力) names no list; nor does a town's trade before 特色小镇 (灯饰特色小镇).
 * Composed from the shapes.
 */
import { describe, expect, it } from 'vitest';
import { noticeProgramme } from '../../../src/main/core/import/extract/notice-programme';
import { programmeIn } from '../../../src/main/core/import/extract/programme';

describe('a verb of making or showing before an honour named by its units', () => {
  it('names no programme', () => {
    expect(programmeIn('中山古镇:展现特色小镇新魅力', null)).toBeNull();
    expect(programmeIn('某区:打造老年友好型社区', null)).toBeNull();
    expect(programmeIn('某市打造特色小镇', null)).toBeNull();
    expect(programmeIn('某镇：展现文明村镇新风貌', null)).toBeNull();
    expect(programmeIn('某区：建设绿色社区', null)).toBeNull();
  });

  it('reads a town’s trade before 特色小镇 as its brand, no programme', () => {
    expect(programmeIn('游客亲身体验到中国灯饰特色小镇魅力', null)).toBeNull();
    expect(programmeIn('在推进灯饰特色小镇建设过程中', null)).toBeNull();
    expect(programmeIn('湖州市黄酒特色小镇开园', null)).toBeNull();
    expect(programmeIn('某县旅游特色小镇', null)).toBeNull();
  });

  it('leaves the feature to the honour its text names', () => {
    const opening = '正是这一产业优势让甲镇去年从众多小镇中脱颖而出,被评选为首批中国“特色小镇”。';
    expect(noticeProgramme('甲镇:展现特色小镇新魅力', opening, null)?.name).not.toBe(
      '展现特色小镇',
    );
  });

  it('keeps the honour a scope word or a frame opens (controls)', () => {
    expect(programmeIn('某区：展现全国示范性老年友好型社区新风采', null)?.name).toBe(
      '全国示范性老年友好型社区',
    );
    expect(programmeIn('住建部公布中国特色小镇名单', null)?.name).toBe('中国特色小镇');
    expect(programmeIn('浙江特色小镇建设成效显著', null)?.name).toBe('浙江特色小镇');
    expect(programmeIn('江苏省特色小镇名单', null)?.name).toBe('江苏省特色小镇');
    expect(programmeIn('某市特色小镇名单', null)?.name).toBe('某市特色小镇');
    expect(programmeIn('甲镇成功创建省级特色小镇', null)?.name).toBe('省级特色小镇');
    expect(programmeIn('第一批中国“特色小镇”', null)?.name).toBe('中国特色小镇');
    expect(programmeIn('第六届全国文明村镇名单', null)?.name).toBe('全国文明村镇');
    // A demonstration ending keeps its own reading: the rule is the bare honours' alone.
    expect(programmeIn('第三批全国农村幸福院建设示范村名单', null)?.name).toBe(
      '全国农村幸福院建设示范村',
    );
  });
});
