/**
 * A page crediting the one who compiled it from others' pages ("整理丨某某", "整理：某某") is a
 * story's page, not an organ's document: the places it lists are news. Composed from the shape.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const page = (credit: string, share = '宜昌入围的就有3个县（市）！') =>
  [
    credit,
    '据《全省历史文化名县志》记载，全省共有历史文化名县30个。',
    share,
    '（远安、兴山、秭归）',
  ].join('\n');

describe('a page with a compiler credit line', () => {
  it('is news, its places still read', () => {
    for (const credit of ['整理丨小李', '整理：小李', '编辑整理 | 小李']) {
      const { n, codes } = readResolved(page(credit));
      expect(n.metadata.role).toBe('news');
      expect(codes).toEqual(['420525', '420526', '420527']);
    }
  });

  it('the word inside a sentence is no credit', () => {
    // Told without 入围 (a page telling its places were chosen is news by its own words).
    const { n } = readResolved(
      page('各地要认真整理：申报材料按时报送。', '宜昌的就有3个县（市）！'),
    );
    expect(n.metadata.role).not.toBe('news');
  });
});
