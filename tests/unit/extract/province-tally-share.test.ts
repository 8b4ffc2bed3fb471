/**
 * A story that lists its province's share of a batch under the province's tally ("福建省七村、
 * 七品上榜：") and then quotes the ministry's notice citing the batch by an example ("认定北京市…
 * 周庄村等300个村镇为…"): the example is the national list's, no entry of the share. Control:
 * with no tally (…名单如下：) the lines are no share and the example stands as before.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const LINES = [
  '永安市西洋镇内炉村(永安内炉芙蓉李)',
  '柘荣县东源乡铁场村(辣椒)',
  '永春县东关镇外碧村(永春白番鸭)',
];
const NOTICE = [
  '附《通知》原文',
  '农业部关于认定第七批全国一村一品示范村镇的通知',
  '经审核，认定北京市房山区琉璃河镇周庄村等300个村镇为第七批全国一村一品示范村镇，现予以公布。',
];
const regions = (lead: string) =>
  readResolved(['福建这些村要在全国出名啦', lead, ...LINES, ...NOTICE].join('\n')).n.records.map(
    (r) => r.regionText ?? '',
  );

describe('a province’s tally over its share of a batch', () => {
  it('makes the quoted notice’s example no entry', () => {
    const got = regions(
      '农业部近日下达文件，公布了第七批全国一村一品示范村(镇)名单。福建省七村、七品上榜：',
    );
    expect(got.some((r) => r.includes('周庄村'))).toBe(false);
    expect(got).toHaveLength(3);
  });

  it('leaves the example where no tally marks a share (control)', () => {
    const got = regions('农业部近日下达文件，公布了第七批全国一村一品示范村(镇)名单，名单如下：');
    expect(got.some((r) => r.includes('周庄村'))).toBe(true);
  });
});
