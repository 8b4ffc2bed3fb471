/**
 * A page naming no programme of its own takes none from what its profiles say units already
 * hold: an honour won before (曾荣获…, 先后被评为…) or a run of titles a unit is (是A、B、C). A
 * page whose own sentence confirms the units keeps that programme. Composed from the shape of
 * a real feature on six old counties.
 */
import { describe, expect, it } from 'vitest';
import { withoutProfileHonours } from '../../../src/main/core/import/extract/profile-honours';
import { readResolved } from './helpers';

const feature = (profile: string) =>
  [
    '临沂入围的竟然就有3个县',
    '(蒙阴、费县、郯城)',
    `蒙阴县是山东省临沂市下辖县,位于山东省中南部,自西汉初置县迄今已有2000多年历史,${profile}。`,
    '费县历史悠久,上古为东夷之地,春秋称费邑,西汉始为费县。',
    '郯城县位于山东省东南部,地处鲁苏交界,为山东南大门。',
  ].join('\n');

const programmes = (text: string) => [
  ...new Set(readResolved(text).n.records.map((r) => r.programme ?? null)),
];

describe('honours a profile says a unit already holds', () => {
  it('give the page no programme', () => {
    for (const profile of [
      '是全国生态示范县、全国果品生产十强县、全国果品生产龙头县',
      '曾荣获全国生态示范县称号',
      '先后被评为全国生态示范县',
    ])
      expect(programmes(feature(profile))).not.toContain('全国生态示范县');
  });

  it('leave the page’s own confirming sentence its programme', () => {
    const own = [
      '关于命名全国生态示范县的通知',
      '经审核,决定命名蒙阴县、费县、郯城县为全国生态示范县。',
      '蒙阴县是全国果品生产十强县、全国果品生产龙头县。',
    ].join('\n');
    expect(programmes(own)).toEqual(['全国生态示范县']);
  });

  it('leave a list its programme when the title before a colon heads it', () => {
    const notice = [
      '关于公布名单的通知',
      '经地方申报、专家评审，确定以下社区是全国示范性老年友好型社区：东城区和平里社区、西城区月坛社区、朝阳区望京社区。',
      '某市民政局',
      '2021年3月12日',
    ].join('\n');
    expect(programmes(notice)).toEqual(['全国示范性老年友好型社区']);
  });

  it('leave the page’s own act its run of titles (经…评审，某地是A、B)', () => {
    expect(
      withoutProfileHonours(
        '经专家评审，以下3个区是第三批全国农村社区治理实验区、全国婚俗改革实验区',
      ),
    ).toBe('经专家评审，以下3个区是第三批全国农村社区治理实验区、全国婚俗改革实验区');
    // …while a profile's own sentence after it is still cut.
    expect(
      withoutProfileHonours(
        '经专家评审，确定蒙阴县为示范县。蒙阴县是全国生态示范县、全国果品十强县',
      ),
    ).toBe('经专家评审，确定蒙阴县为示范县。蒙阴县。');
  });

  it('cut only the profile’s clause', () => {
    expect(
      withoutProfileHonours('该县是全国生态示范县、全国果品十强县,今年入选全国农村社区治理实验区'),
    ).toBe('该县。,今年入选全国农村社区治理实验区');
    // One title the unit is named for in the page's own news is no run of held titles.
    expect(withoutProfileHonours('蒙阴县是今年全省唯一入选的全国生态示范县')).toBe(
      '蒙阴县是今年全省唯一入选的全国生态示范县',
    );
  });
});
