/**
 * A page of good practices sets each unit's name alone as a heading over a paragraph that opens
 * with the same name, then the captions of its photographs: the heading is the unit, untitled,
 * and the paragraph its write-up, not a title line nor another heading.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

/** What the page reads without the echo: both headings with their first sentence as the title. */
const CONTROL = ['530112', '530114'];

const lead =
  '按照全市工作要点要求，市委社会工委牵头推进全市社区办公场所亲民化改造，现挑选出一些好经验好做法供参考借鉴。';

describe('unit headings echoed by their write-ups', () => {
  it('each heading is an untitled entry, captions no entries', () => {
    const { n, codes } = readResolved(
      [
        lead,
        '西山区前卫街道福德社区',
        '西山区前卫街道福德社区全面改造往日办公化的固有形象，为群众提供交流互动空间。',
        '群众议事协商空间',
        '呈贡区龙城街道党群服务中心',
        '呈贡区龙城街道党群服务中心以亲民化改造理念为标准，实现服务空间最大化。',
        '休息阅览空间',
        '宜良县匡远街道北门社区',
        '宜良县匡远街道北门社区亲民化改造，秉承“办公空间最小化、居民空间最大化”原则，打',
      ].join('\n'),
    );
    expect(codes).toEqual(['530112', '530114', '530125']);
    for (const r of n.records) expect(r.title).toBe('');
  });

  it('headings whose paragraphs do not open with them read as before (control)', () => {
    const { codes } = readResolved(
      [
        lead,
        '西山区前卫街道福德社区',
        '全面改造往日办公化的固有形象，为群众提供交流互动空间，居民满意度明显提升。',
        '群众议事协商空间',
        '呈贡区龙城街道党群服务中心',
        '以亲民化改造理念为标准，实现服务空间最大化，居民群众纷纷点赞叫好。',
        '休息阅览空间',
      ].join('\n'),
    );
    expect(codes).toEqual(CONTROL);
  });
});
