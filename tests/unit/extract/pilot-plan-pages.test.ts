/**
 * Pages on a province's pilot-and-demonstration plan for community governance (the held19
 * series): a headline telling the plan's launch over the units it took on, a list numbered with
 * the ideographic full stop and cut right after its last line's city, and a place-name site's
 * profile of one pilot community. Each shape has a look-alike that must stay as it was.
 */
import { describe, expect, it } from 'vitest';
import { withoutBackgroundHonours } from '../../../src/main/core/import/extract/background-honours';
import type { ListDraft } from '../../../src/main/core/import/extract/drafts';
import { readNumbering } from '../../../src/main/core/import/extract/numbering';
import { readResolved } from './helpers';

describe("a headline telling a plan's launch", () => {
  it('keeps the units the plan took on', () => {
    const { n } = readResolved(
      [
        '某省全面启动城乡社区治理试点示范3年行动计划',
        '本报讯 今年，全省确定首批44个区（市、县）、150个社区作为城乡社区治理试点单位，攀枝花市东区、西区、仁和区入选。',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.regionText)).toEqual(['攀枝花市东区', '西区', '仁和区']);
  });

  it("still drops the honours a plan's own title tells as its background", () => {
    const list: ListDraft = {
      layout: 'sentence',
      start: 0,
      end: 10,
      phrase: '省级和谐社区建设示范单位',
      lineIndexes: [],
      items: [{ seq: null, start: 0, end: 2, regionText: '西区', title: '', warnings: [] }],
    };
    expect(withoutBackgroundHonours([list], '某市城乡社区治理试点示范3年行动计划')).toEqual([]);
    expect(withoutBackgroundHonours([list], '某省全面启动城乡社区治理试点示范3年行动计划')).toEqual(
      [list],
    );
  });
});

describe('a list numbered with the ideographic full stop', () => {
  it('reads its numbers, but not a year closed by one', () => {
    expect(readNumbering('1。成都市青羊区府南街道')).toMatchObject({ seq: 1 });
    expect(readNumbering('2023。全省共确定')).toBeNull();
  });

  it('reads every line and reports the last one cut after its city', () => {
    const { n, codes, warned } = readResolved(
      [
        '第二批省级基层治理示范街道名单',
        '1。成都市青羊区府南街道',
        '2。成都市金牛区驷马桥街道',
        '3。成都市成华区双桥子街道',
        '4。自贡市自流井区东兴寺街道',
        '5。德阳',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.seq)).toEqual([1, 2, 3, 4]);
    expect(codes).not.toContain('510600');
    expect(warned).toContain('truncated_item');
  });

  it('keeps a last line that is a whole unit', () => {
    const { n } = readResolved(
      [
        '第二批省级基层治理示范街道名单',
        '1。成都市青羊区府南街道',
        '2。成都市金牛区驷马桥街道',
        '3。成都市成华区双桥子街道',
        '4。德阳市旌阳区旌阳街道',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.seq)).toEqual([1, 2, 3, 4]);
  });
});

describe("a place-name site's profile of one community", () => {
  it('is no case titled by its profile word', () => {
    const { n } = readResolved(
      [
        '四川省攀枝花市东区东华街道民建社区概况',
        '民建社区成立于2001年8月，社区位于东区西南部。先后获得四川省养老服务社会化示范社区、四川省基层治理示范社区等荣誉。',
      ].join('\n'),
    );
    expect(n.records.filter((r) => r.title === '概况')).toEqual([]);
  });

  it("still reads a case write-up under its place's heading", () => {
    const { n } = readResolved(
      [
        '四川省攀枝花市东区东华街道民建社区：以“五社联动”激活居民自治',
        '民建社区成立于2001年8月，近年来通过“五社联动”、社会组织介入等方式，大力培育为居民服务的组织，全力强化居民自治积极性。',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.title)).toEqual(['以“五社联动”激活居民自治']);
  });
});
