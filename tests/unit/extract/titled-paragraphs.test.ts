/**
 * Cases told one paragraph each, each opening with its title in book-title marks, under a
 * sentence that announces them by count: each paragraph is an entry, placed by the announcing
 * sentence's place and the street its story names. Composed from our own sentences; the places
 * are real.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const story = (lead: string, paragraphs: string[]) =>
  readResolved(['西湖区社会工作见闻', '本报讯', lead, ...paragraphs].join('\n'));

const LEAD =
  '近日，省社会工作协会公布年度优秀案例，杭州市西湖区报送的《湖畔邻里议事厅》等3个案例入选。';
const TOLD = [
  '《湖畔邻里议事厅》讲述了北山街道居民议事的故事，社工引导居民协商停车难题。',
  '《茶山上的银龄学堂》记录了转塘街道老年学堂从无到有的过程。',
  '《一条老街的新生》介绍了灵隐街道老街改造中居民的参与。',
];

describe('cases told one paragraph each after their title', () => {
  it('reads every paragraph as a case, placed at the street its story names', () => {
    const { n, codes } = story(LEAD, TOLD);
    expect(n.records.map((r) => r.title)).toEqual([
      '湖畔邻里议事厅',
      '茶山上的银龄学堂',
      '一条老街的新生',
    ]);
    expect(n.records.map((r) => r.regionText)).toEqual([
      '杭州市西湖区北山街道',
      '杭州市西湖区转塘街道',
      '杭州市西湖区灵隐街道',
    ]);
    expect(codes).toEqual(['330106', '330106', '330106']);
  });

  it('places a title that opens with its own place there', () => {
    const { n } = story(LEAD, ['《上城区小巷议事》讲述了小巷居民的故事。', ...TOLD.slice(1)]);
    expect(n.records.find((r) => r.title === '上城区小巷议事')?.regionText).toBe('上城区');
  });

  it('reads nothing where no sentence announces cases by count', () => {
    const { n } = story('近日，杭州市西湖区举办读书分享会。', TOLD);
    expect(n.records).toEqual([]);
  });

  it('reads no cited documents opening paragraphs', () => {
    const { n } = story(LEAD.replace('《湖畔邻里议事厅》等3个案例', '2个案例'), [
      '《西湖区社区治理实施方案》提出，北山街道要健全议事机制。',
      '《西湖区养老服务规划》提出，转塘街道要建设老年学堂。',
    ]);
    expect(n.records.map((r) => r.title)).toEqual([]);
  });
});
