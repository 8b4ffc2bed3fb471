/**
 * A story whose headline counts one place's honoured units ("某市三社区荣膺…称号") and whose body
 * names them bare, each opening a sentence or joined by 和: the names are the list, at the
 * headline's place; a count the names do not meet leaves them unread.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const story = (names: string[]) =>
  [
    '包头市三社区入选“全国和谐社区建设示范单位”',
    '全国和谐社区建设示范单位每五年评选一次。此次入选社区都在服务群众方面做出了成绩。',
    `近年来，包头市社区建设成效明显。${names[0]}以“邻里节”为品牌，把居民活动办到了家门口。${names.slice(1).join('和')}也在便民服务、网格化管理等方面取得了显著成效。`,
  ].join('\n\n');

describe('bare names told under a headline that counts them', () => {
  it('reads as many names as the headline counts, each at the headline’s place', () => {
    const { n, codes } = readResolved(story(['春华社区', '东林社区', '西园社区']));
    expect(n.records.map((r) => r.unit)).toEqual(['春华社区', '东林社区', '西园社区']);
    expect(codes).toEqual(['150200', '150200', '150200']);
  });

  it('reads nothing when the names do not meet the count', () => {
    const { n } = readResolved(story(['春华社区', '东林社区']));
    expect(n.records).toEqual([]);
  });
});
