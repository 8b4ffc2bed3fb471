/**
 * Places written short in a story's sentence: the last of "A、B和C" and a county-level city
 * before its verb ("…、某乌入选") are entries like the others; a lead naming the cities short
 * ("某省共有甲、乙2个地市入选") over the table that lists them in full gives each city once.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('short names in a story', () => {
  it('the last city after 和, and the count after it', () => {
    const { codes } = readResolved(
      [
        '第二批示范城市名单公布',
        '在最新公布的第二批示范城市名单中，浙江表现突出，嘉兴、湖州、衢州和丽水四个地市成功入选。',
      ].join('\n'),
    );
    expect(codes).toEqual(['330400', '330500', '330800', '331100']);
  });

  it('a county-level city last before its verb', () => {
    const { codes } = readResolved(
      [
        '浙江嘉兴、湖州、义乌入选第二批示范城市名单',
        '日前，第二批示范城市名单公布，浙江嘉兴、湖州、义乌入选。此前，杭州已入选第一批。',
      ].join('\n'),
    );
    expect(codes).toEqual(['330400', '330500', '330782']);
  });

  it('a city written short before 获批 in a story about something else is no entry', () => {
    // A story's background ("…年，某地获批…试点") recalls an approval, it lists nothing;
    // 获批 is left out of the verbs that close a short name.
    const { codes } = readResolved(
      [
        '第三届社区治理论坛在嘉兴开幕',
        '9月19日，第三届社区治理论坛在嘉兴开幕，各地代表齐聚嘉兴。',
        '2020年，嘉兴获批全国首批社会治理现代化试点城市，先后创建了3个示范社区。',
      ].join('\n'),
    );
    expect(codes).toEqual([]);
  });

  it('a lead naming the cities short over the table that lists them: each city once', () => {
    const { codes } = readResolved(
      [
        '第二批示范城市名单',
        '在第二批示范城市名单中，浙江共有衢州、丽水2个地市入选。',
        '序号\t名单\t序号\t名单',
        '1\t河北省保定市\t3\t浙江省丽水市',
        '2\t浙江省衢州市\t4\t四川省绵阳市',
      ].join('\n'),
    );
    expect([...codes].sort()).toEqual(['130600', '330800', '331100', '510700']);
  });
});
