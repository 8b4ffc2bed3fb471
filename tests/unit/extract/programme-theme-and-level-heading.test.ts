/**
 * A programme's name followed by the theme its batch tries in brackets keeps the name only, and
 * a list headed by a level word with its bracket of levels ("示范县（市、区）名单") is a list of
 * the notice's programme, not a programme named by that level.
 */
import { describe, expect, it } from 'vitest';
import { cleanProgramme } from '../../../src/main/core/import/extract/programme';
import { isBareLevel } from '../../../src/main/core/import/extract/bare-level-heading';
import { readResolved } from './helpers';

describe('a theme in brackets after the name', () => {
  it('is no part of the programme', () => {
    expect(cleanProgramme('城乡社区治理试点单位（五社联动机制创新试点）', null)?.name).toBe(
      '城乡社区治理试点单位',
    );
  });

  it('leaves a bracket of levels or of the companion list (control)', () => {
    expect(cleanProgramme('全国农作物生产全程机械化示范县（市、区）', null)?.name).toBe(
      '全国农作物生产全程机械化示范县(市、区)',
    );
    expect(cleanProgramme('全国民主法治示范村（社区）', null)?.name).toBe(
      '全国民主法治示范村(社区)',
    );
  });
});

describe('a list headed by a level with its bracket of levels', () => {
  it('is a level of the notice’s programme', () => {
    expect(isBareLevel('示范县(市、区)', '全国农作物生产全程机械化示范县(市、区)')).toBe(true);
    const { n } = readResolved(
      [
        '关于公布全国第二批主要农作物生产全程机械化示范县（市、区）名单的通知',
        '经县级申请、省级推荐、专家评审，认定北京市顺义区等3个县（市、区）为全国第二批主要农作物生产全程机械化示范县（市、区）。',
        '全国第二批主要农作物生产全程机械化',
        '示范县（市、区）名单',
        '北京市顺义区',
        '河北省正定县',
        '山西省曲沃县',
      ].join('\n'),
    );
    expect(n.records.length).toBe(3);
    for (const r of n.records)
      expect(r.programme).toBe('全国主要农作物生产全程机械化示范县(市、区)');
  });

  it('not a level the notice’s name lacks, nor a longer name (control)', () => {
    expect(isBareLevel('示范村(社区)', '全国农作物生产全程机械化示范县(市、区)')).toBe(false);
    expect(isBareLevel('农机示范县(市、区)', '全国农机化示范县(市、区)')).toBe(false);
  });
});
