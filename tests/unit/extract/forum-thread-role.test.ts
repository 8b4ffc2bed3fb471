/**
 * A forum thread passing on a list (its posting buttons, the poster's standing and IP place
 * around the post) is someone's repost: news, its places still read. The same post without
 * the forum's furniture is the list itself. Composed from the shape of a real thread.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const post = (chrome: string[]) =>
  [
    '全国无障碍建设示范市',
    ...chrome,
    '经住房城乡建设部、民政部、中国残联检查验收,授予随州市、天门市、枣阳市为全国无障碍建设示范市。',
  ].join('\n');

describe('a forum thread', () => {
  it('is news by its furniture, its places still read', () => {
    for (const chrome of [
      ['版主', '积分', '1033', 'IP属地:湖北省武汉市'],
      ['发新话题 回复该主题'],
      ['查看: 19669|回复: 0', '发表于 2020-9-15 17:54:53 | 显示全部楼层 |阅读模式'],
    ]) {
      const { n, codes } = readResolved(post(chrome));
      expect(n.metadata.role).toBe('news');
      expect(codes).toEqual(['421300', '429006', '420683']);
    }
  });

  it('the same post without the forum is the list', () => {
    expect(readResolved(post([])).n.metadata.role).toBe('confirmation');
  });

  it('a poster’s word inside a sentence is no furniture', () => {
    const { n } = readResolved(post(['楼主社区积分制管理经验交流材料']));
    expect(n.metadata.role).toBe('confirmation');
  });
});
