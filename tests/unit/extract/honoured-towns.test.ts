/**
 * A short story naming its one to three units by their township or community alone in the
 * sentence that tells their honour: the county the page writes before them (an outlet's or a
 * column's name, the headline) holds them, or the towns alone name it; 该街道 stands for the
 * street the sentence named before. Names no such place holds, or names without an honour,
 * are nothing.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { readNotice } from '../../../src/main/core/import/readers';
import { resolveRecords } from '../../../src/main/core/import/resolve-records';

async function read(text: string) {
  const doc = await readNotice('稿件.txt', new Uint8Array(Buffer.from(text, 'utf8')));
  const n = extractNotice(doc, { fileName: '稿件.txt', regions: gazetteerRegionLookup() });
  const codes = resolveRecords(n).resolved.map((r) => r.resolution?.regionCode ?? null);
  return { n, codes };
}

const story = (outlet: string, sentence: string): string =>
  [
    `2019-05-10 作者:王明 来源:${outlet}`,
    `本报讯(记者 王明) 记者从市民政局获悉,近日,全省文明乡镇名单公布,${sentence}`,
    '据了解,评选每两年开展一次,我市将以此为契机,进一步提升基层治理水平。',
  ].join('\n');

describe('a story naming its units by their towns after 我市', () => {
  it('places a town the country holds four times in the county its outlet is named after', async () => {
    const { n, codes } = await read(story('今日如皋', '我市长江镇榜上有名。'));
    expect(n.records.map((r) => r.regionText)).toEqual(['长江镇']);
    expect(codes.map((c) => c?.slice(0, 6))).toEqual(['320682']);
    expect(n.metadata.role).toBe('news');
  });

  it('reads two towns joined by 和, and a facility named after its community', async () => {
    const two = await read(story('今日如皋', '我市长江镇和石庄镇榜上有名。'));
    expect(two.n.records.map((r) => r.regionText)).toEqual(['长江镇', '石庄镇']);
    expect(two.codes.map((c) => c?.slice(0, 6))).toEqual(['320682', '320682']);
    const square = await read(
      [
        '栏目',
        '文明如皋',
        '日前,省文明办发文,花园社区志愿服务广场被命名为“四星级社区志愿服务广场”。',
      ].join('\n'),
    );
    expect(square.n.records.map((r) => r.regionText)).toEqual(['花园社区']);
    expect(square.codes.map((c) => c?.slice(0, 6))).toEqual(['320682']);
  });

  it('reads nothing when the page names no place holding the towns, or tells no honour', async () => {
    expect((await read(story('今日海安', '我市长江镇榜上有名。'))).n.records).toEqual([]);
    expect((await read(story('今日如皋', '我市长江镇开展了评选宣传。'))).n.records).toEqual([]);
  });
});

describe('a community after 该街道', () => {
  it('lies in the street the sentence named before it, placed by the street alone', async () => {
    const { n, codes } = await read(
      '某某网讯(记者李华)记者昨日从如城街道民政办获悉,该街道孔庙社区被国家民政部授予“全国综合减灾示范社区”称号。',
    );
    expect(n.records.map((r) => r.regionText)).toEqual(['孔庙社区']);
    expect(codes.map((c) => c?.slice(0, 6))).toEqual(['320682']);
  });
});
