/**
 * A municipality's own report carrying a pilot out ("我市试点实施某某登记“跨省通办”") names itself
 * as 我市 and by its name further down: the municipality is the pilot's unit, stated as such, and
 * the page stays a story (its role is not a confirmation's); cities of other provinces named once
 * each in passing (a couple's home towns) do not hide the speaker, and 我市试点 is no programme's
 * name: the pilot is the one the place carries out (某某登记“跨省通办”试点). Control: where two cities are named twice each, which one speaks is not told: nothing is read.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const story = (towns: string) =>
  readResolved(
    [
      '我市试点实施某某登记“跨省通办”',
      `11月8日，${towns}的高先生和成女士在江北区登记处登记。`,
      '“‘跨省通办’真是太方便了！工作生活在重庆，我们感觉很幸福！”',
      '这是我市试点实施某某登记“跨省通办”的一个缩影。非重庆户籍居民，只要在我市居住并办理《重庆市流动人口居住证》，均可办理。',
    ].join('\n'),
  );

describe('a municipality speaking as 我市 carrying a pilot out', () => {
  it('is the pilot unit, stated, in a story', () => {
    const { n, codes } = story('四川省阆中市户籍和四川省资阳市户籍');
    expect(codes).toEqual(['500000']);
    expect(n.records.map((r) => r.statedProvince ?? false)).toEqual([true]);
    expect(n.metadata.role).toBe('news');
    expect(n.metadata.programme).not.toBe('我市试点');
    // The pilot named by what the place carries out (relayed-pilot-name.ts), never 我市试点.
    expect(n.records.map((r) => [r.kind, r.programme])).toEqual([['zone', '某某登记跨省通办试点']]);
  });

  it('is not read when other cities are named twice', () => {
    const { codes } = story('资阳市、阆中市户籍，来自资阳市和阆中市');
    expect(codes).toEqual([]);
  });
});
