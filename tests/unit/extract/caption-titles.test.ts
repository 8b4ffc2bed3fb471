/**
 * A photo's caption below a story names a listed unit again with the picture's view and credit
 * ("某村村貌。图片由…提供"); composed here with other places: the unit keeps no such title, and
 * the caption's line never makes a titled reading outrank the story's own list.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a photo caption naming a listed unit again', () => {
  it('gives the unit no title', () => {
    const { n, codes } = readResolved(
      [
        '名单公布',
        '近日，2023年“湖北省综合减灾示范社区”名单公布，宜昌市夷陵区小溪塔街道东湖社区、宜昌市远安县鸣凤镇花园村、宜昌市当阳市玉阳街道长坂路社区上榜。东湖社区每年开展两次应急演练。',
        '宜昌市远安县鸣凤镇花园村村貌。图片由县应急管理局提供',
        '花园村每月在村辖区内进行一次安全隐患排查，每年开展两次消防演练活动。',
      ].join('\n'),
    );
    expect([...codes].sort()).toEqual(['420506', '420525', '420582']);
    expect(n.records.map((r) => r.title)).toEqual(['', '', '']);
  });
});
