/**
 * A lone park whose standing a report takes away, the park the subject of what it failed to do
 * ("由于四川彭州湔江国家湿地公园（试点）没有按照有关规定开展建设和管理，决定取消其试点资格"): the
 * park's name after its place closes at the pilot's bracket or at what it failed to do (没有,
 * 未能) as at a listing verb, so the place is read, and the sentence taking "its" standing
 * away makes it the revoked entry. Control: a park that only failed to do something, its
 * standing not taken, is no entry.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const HEAD =
  '国家林业局发出通报 首次取消国家湿地公园试点资格\n2015年12月31日，国家林业局发出通报，';

describe('a lone park whose pilot standing is cancelled', () => {
  it('is the revoked entry, at its place, titled by its name', () => {
    for (const park of ['四川彭州湔江国家湿地公园（试点）', '四川彭州湔江国家湿地公园']) {
      const { n, codes } = readResolved(
        `${HEAD}由于${park}没有按照有关规定开展建设和管理，决定取消其试点资格。\n`,
      );
      expect(codes).toEqual(['510182']);
      expect(n.records[0]!.title).toBe('湔江国家湿地公园');
      expect(n.records[0]!.outcome?.status).toBe('已撤销');
    }
  });

  it('a park that only failed to do something is no entry', () => {
    const { n } = readResolved(
      `${HEAD}四川彭州湔江国家湿地公园（试点）没有按照有关规定开展建设和管理。\n`,
    );
    expect(n.records).toHaveLength(0);
  });
});
