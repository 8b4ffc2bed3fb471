/**
 * A province or city with 的 before the places it holds ("确认安徽省的寿县和全椒县为…") only
 * says where they lie: the places after 的 are the entries, read inside it.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const notice = (sentence: string): string =>
  ['两县荣膺“千年古县”称号', `日前,某促进会正式发文,${sentence}`].join('\n');

describe('places after their province or city and 的', () => {
  it('are the entries after a province', () => {
    const { codes } = readResolved(
      notice('确认安徽省的寿县和全椒县为中国地名文化遗产“千年古县”。'),
    );
    expect(codes).toEqual(['340422', '341124']);
  });

  it('are the entries after a city, the first read inside it', () => {
    const { codes } = readResolved(notice('确认滁州市的全椒县、天长市为“千年古县”。'));
    expect(codes).toEqual(['341124', '341181']);
  });

  it('are no entries of the province when it does not hold them', () => {
    const { codes } = readResolved(notice('确认浙江省的寿县为“千年古县”。'));
    expect(codes).not.toContain('330000');
  });
});
