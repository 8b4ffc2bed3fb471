/**
 * Park programmes: a national programme builds parks by batch and accepts them later
 * (国家…科技园区, 国家…产业园), the life of an experiment zone, so their lists are zones — but a
 * demonstration park (…示范园区) stays an honour. Each park is named after its place and the
 * programme without its scope ("某县林业科技园区"): that repeats the programme, no title.
 */
import { describe, expect, it } from 'vitest';
import { echoesProgramme } from '../../../src/main/core/import/extract/park-programmes';
import { kindNamed } from '../../../src/main/core/import/extract/programme';
import { readResolved } from './helpers';

describe('park programmes', () => {
  it('reads a national programme’s parks as zones', () => {
    expect(kindNamed('2022年国家林业科技园区创建名单')).toBe('zone');
    expect(kindNamed('第三批国家数字农业产业园认定名单')).toBe('zone');
  });

  it('leaves a demonstration park an honour', () => {
    expect(kindNamed('国家文化产业示范园区名单')).toBeNull();
    expect(kindNamed('苏州工业园区')).toBeNull();
  });

  it('takes a unit named after the programme without its scope as untitled', () => {
    expect(echoesProgramme('林业科技园区', '国家林业科技园区')).toBe(true);
    expect(echoesProgramme('林业科技园区', '林业科技园区')).toBe(true);
    // A title of its own, or a programme without a scope to leave out, stays.
    expect(echoesProgramme('林业科技园区（竹产业）', '国家林业科技园区')).toBe(false);
    expect(echoesProgramme('园区', '国家园区')).toBe(false);
  });

  it('lists the parks of a numbered list untitled, as zones', () => {
    const { n, codes } = readResolved(
      [
        '2022年国家林业科技园区创建名单公示',
        '经地方申报、专家评审，现将拟建设的国家林业科技园区名单予以公示。',
        '附件',
        '2022年国家林业科技园区创建名单',
        '1.江西省资溪县林业科技园区',
        '2.湖南省浏阳市林业科技园区',
        '3.云南省普洱市思茅区林业科技园区',
      ].join('\n'),
    );
    expect(codes).toEqual(['361028', '430181', '530802']);
    expect(n.records.map((r) => r.title)).toEqual(['', '', '']);
    expect(n.records.map((r) => r.kind)).toEqual(['zone', 'zone', 'zone']);
  });

  it('says a park named after a place it cannot read, not a record without one', () => {
    const { n, codes, warned } = readResolved(
      [
        '2022年国家林业科技园区创建名单公示',
        '附件',
        '2022年国家林业科技园区创建名单',
        '1.江西省资溪县林业科技园区',
        '2.湖南省浏阳市林业科技园区',
        '3.内蒙古森工集团某某林业局林业科技园区',
        '4.云南省普洱市思茅区林业科技园区',
      ].join('\n'),
    );
    expect(codes).toEqual(['361028', '430181', '530802']);
    expect(n.records.every((r) => r.regionText !== null)).toBe(true);
    expect(warned).toContain('unread_list');
  });
});

describe('parks named by a short place and the programme', () => {
  const notice = (lines: string[]) =>
    readResolved(
      [
        '关于第二批国家林业科技园区验收结果的通知',
        '经组织验收，参与验收的园区全部达到要求（名单见附件）。',
        '某部办公厅',
        '2018年5月3日',
        '附件',
        '第二批国家林业科技园区名单',
        ...lines,
      ].join('\n'),
    );

  it('reads the place in front of the programme, one park a line', () => {
    const { n, codes } = notice([
      '江西资溪国家林业科技园区',
      '湖南浏阳国家林业科技园区',
      '云南普洱思茅国家林业科技园区',
    ]);
    expect(codes).toEqual(['361028', '430181', '530802']);
    expect(n.records.map((r) => r.title)).toEqual(['', '', '']);
  });

  it('reads it in a numbered list too, and says a park it cannot place there', () => {
    const { codes, warned } = notice([
      '1.江西资溪国家林业科技园区',
      '2.湖南浏阳国家林业科技园区',
      '3.江西资溪乌石国家林业科技园区',
      '4.云南普洱思茅国家林业科技园区',
    ]);
    expect(codes).toEqual(['361028', '430181', '530802']);
    expect(warned).toContain('unread_list');
  });

  it('reads a copy in traditional characters the same', () => {
    const { n, codes } = notice([
      '1.江西資溪國家林業科技園區',
      '2.湖南瀏陽國家林業科技園區',
      '3.雲南普洱思茅國家林業科技園區',
    ]);
    expect(codes).toEqual(['361028', '430181', '530802']);
    expect(n.records.map((r) => r.title)).toEqual(['', '', '']);
  });

  it('says a park whose place it cannot read whole, and reads the others', () => {
    const { codes, warned } = notice([
      '江西资溪乌石国家林业科技园区',
      '湖南浏阳国家林业科技园区',
      '云南普洱思茅国家林业科技园区',
    ]);
    expect(codes).toEqual(['430181', '530802']);
    expect(warned).toContain('unread_list');
  });
});
