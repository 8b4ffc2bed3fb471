/**
 * A page opening on a ceremony held somewhere ("…授牌仪式，在某站举行") reports the event: the
 * units it names are the ceremony's, told by whoever was there, so the page is news.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a page opening on a ceremony held somewhere', () => {
  it('is news, its units still read', () => {
    const { n } = readResolved(
      '日前，星级小区授牌仪式，在北山街道文化家园举行。经评定，本月“五星”小区分别是' +
        '北山街道宝石社区青枫小区、西溪街道石灰桥社区和润雅苑、翠苑街道塘苗社区塘苗三区。',
    );
    expect(n.records).toHaveLength(3);
    expect(n.metadata.role).toBe('news');
  });
});
