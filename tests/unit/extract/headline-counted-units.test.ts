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

  const classes = (second: string) =>
    [
      '义乌两个社区入选2021年未来社区创建名单',
      '近日,省里公布了2021年未来社区创建名单,其中义乌有两个社区入选。在义乌入选的2个社区中,鸡鸣山社区被列入整合提升类,' +
        second +
        '。',
      '《通知》要求,未来社区创建项目实施主体要科学编排建设计划。',
    ].join('\n');

  it('reads names opening later clauses with what befell them, not the honour’s own word', () => {
    const { n } = readResolved(classes('宾王社区被列入拆改结合类'));
    expect(n.records.map((r) => r.unit)).toEqual(['鸡鸣山社区', '宾王社区']);
  });

  it('reads no clause name without what befell it (control)', () => {
    const { n } = readResolved(classes('宾王社区也在积极准备'));
    expect(n.records).toEqual([]);
  });
});
