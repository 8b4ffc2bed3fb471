/**
 * A characteristic town named after its place in a run of places ("南京:江宁生命科技小镇、
 * 溧水空港会展小镇") is an entry at that place whose title is the town's own name, as a
 * table's town column gives it. Controls: a site of another kind (…特色文化街区) and a bare
 * 特色小镇 after a place keep no title.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const titles = (text: string) =>
  readResolved(text).n.records.map((r) => [r.regionText, r.title] as const);

describe('a characteristic town named after its place', () => {
  it('takes the town name after the place as the title', () => {
    const read = titles(
      '第二批省级特色小镇创建名单\n南京:江宁生命科技小镇、溧水空港会展小镇\n' +
        '盐城:亭湖环保科技小镇、盐都智能终端小镇\n',
    );
    expect(read).toContainEqual(['江宁', '生命科技小镇']);
    expect(read).toContainEqual(['溧水', '空港会展小镇']);
    expect(read).toContainEqual(['盐都', '智能终端小镇']);
  });

  it('leaves other sites and a bare 特色小镇 untitled', () => {
    const sites = titles('入选名单：开封市鼓楼特色文化街区、洛阳市龙门石窟、安阳市安阳古城。\n');
    expect(sites.length).toBeGreaterThan(0);
    expect(sites.every(([, t]) => t === '')).toBe(true);
    const bare = titles(
      '名单如下：湖州市南浔区善琏镇湖笔特色小镇、绍兴市越城区东浦镇黄酒特色小镇。\n',
    );
    expect(bare.every(([, t]) => !/小镇/.test(t))).toBe(true);
  });
});
