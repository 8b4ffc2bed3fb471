import { describe, expect, it } from 'vitest';
import { splitRegionPrefix, suggestRegions } from '../../../src/main/core/gazetteer/index';
import { placePinyin } from '../../../src/main/core/gazetteer/place-pinyin';

describe('suggestRegions', () => {
  const first = (q: string): string | undefined => suggestRegions(q, 5)[0]?.code;
  it.each([
    ['changshou', '500115'],
    ['yueqing', '330382'],
    ['luan', '341500'],
    ['bengbu', '340300'],
    ['panyu', '440113'],
    ['donge', '371524'],
    ['qixia', '320113'],
    ['njs', '320100'],
    ['栖霞', '320113'],
    ['宜都', '420581'],
    ['nanjing', '320100'],
  ])('%s → %s', (q, code) => expect(first(q)).toBe(code));
  it('reads place-name polyphones right', () => {
    expect(placePinyin('长寿区')).toBe('chang shou qu');
    expect(placePinyin('乐清市')).toBe('yue qing shi');
    expect(placePinyin('六安市')).toBe('lu an shi');
    expect(placePinyin('蚌埠市')).toBe('beng bu shi');
    expect(placePinyin('番禺区')).toBe('pan yu qu');
    expect(placePinyin('东阿县')).toBe('dong e xian');
    expect(placePinyin('郫都区')).toBe('pi du qu');
  });
  it('gives full names and nothing for an empty query', () => {
    expect(suggestRegions('马群街道', 3)[0]?.fullName).toBe('江苏省南京市栖霞区马群街道');
    expect(suggestRegions('  ')).toEqual([]);
  });
});

describe('splitRegionPrefix', () => {
  it.each([
    [
      '南京市栖霞区马群街道——打造“一站式”服务',
      '南京市栖霞区马群街道',
      '打造“一站式”服务',
      '320113002',
    ],
    ['北京市朝阳区实施“社区成长伙伴计划”', '北京市朝阳区', '实施“社区成长伙伴计划”', '110105'],
    ['5.苏州高新区枫桥街道——探索新枫桥模式', '苏州高新区枫桥街道', '探索新枫桥模式', '320505003'],
    ['長寧縣：農村社區建設', '長寧縣', '農村社區建設', '511524'],
    ['湖北省宜都市 构建城乡社区治理新格局', '湖北省宜都市', '构建城乡社区治理新格局', '420581'],
  ])('%s', (text, region, rest, code) => {
    const s = splitRegionPrefix(text, { context: '江苏省' });
    expect(s.region).toBe(region);
    expect(s.rest).toBe(rest);
    expect(s.resolution.code).toBe(code);
    expect(text.slice(s.start, s.end).trimEnd()).toBe(region);
  });
  it('returns an empty region when there is none', () => {
    const s = splitRegionPrefix('关于开展社区治理创新的通知');
    expect(s.region).toBe('');
    expect(s.end).toBe(0);
  });
});
