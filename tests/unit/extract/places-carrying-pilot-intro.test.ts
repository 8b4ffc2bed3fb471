/**
 * A list's intro telling its places as carrying a named pilot out makes them the pilot's areas
 * (zones), not honour entries: places run together and counted before the pilot's level and its
 * work (济南、威海两个国家级…试点工作), places all carrying it out with their manner between
 * (…和龙岩市,均…开展了…试点工作), in the list's own sentence. Controls: counties or projects
 * counted by their class (pilot units, kind other, as the corpus labels them), a demonstration
 * title, places all surveying it, a sentence above a list telling of other places' pilot work or
 * of fields counted, and a performance review's grades described with none given (no status).
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const kinds = (text: string) =>
  readResolved(text + '\n').n.records.map((r) => [r.regionText, r.kind]);

const LIST = '名单如下： 1. 合肥市肥東縣 2. 淮北市濉溪縣 3. 宣城市廣德市';

describe('places carrying a named pilot out, as a list intro tells them', () => {
  it('leaves counties counted by their class as pilot units, as the corpus labels them', () => {
    for (const intro of [
      '根據省民政廳的通知，經專家評審，擬確定3個縣（市、區）開展農村養老服務改革試點工作。',
      '經專家評審，擬確定3個項目開展農村養老服務改革試點工作。',
    ])
      expect(kinds(intro + LIST).map((r) => r[1])).toEqual(['other', 'other', 'other']);
  });

  it('places run together and counted before the pilot level and its work are its zones', () => {
    expect(
      kinds('記者近日了解到，山東濟南、威海兩個國家級居家和社區養老服務改革試點工作已正式啟動。'),
    ).toEqual([
      ['山東濟南', 'zone'],
      ['威海', 'zone'],
    ]);
  });

  it('the work of a demonstration title is no pilot', () => {
    expect(
      kinds('記者近日了解到，山東濟南、威海兩個國家級養老服務示範城市創建工作已正式啟動。').map(
        (r) => r[1],
      ),
    ).not.toContain('zone');
  });

  it('places all carrying it out, their manner between, are its zones', () => {
    expect(
      kinds(
        '摘要\n<正>在民政部、财政部的支持和指导下,福建省的福州市、漳州市和龙岩市,均立足市情,积极有效地开展了居家和社区养老服务改革试点工作。',
      ),
    ).toEqual([
      ['福建省福州市', 'zone'],
      ['漳州市', 'zone'],
      ['龙岩市', 'zone'],
    ]);
  });

  it('places all surveying it are no areas of it', () => {
    expect(
      kinds(
        '摘要\n<正>福建省的福州市、漳州市和龙岩市,均立足市情,积极开展了居家和社区养老服务改革试点调研。',
      ).map((r) => r[1]),
    ).not.toContain('zone');
  });

  it('a sentence above a list telling of other places or of fields leaves its units pilot units', () => {
    const UNITS = '\n1. 合肥市肥东县\n2. 淮北市濉溪县\n3. 黄山市休宁县';
    for (const above of [
      // other places' pilot work retold
      '近年来，芜湖、铜陵两个国家级居家和社区养老服务改革试点工作成效明显。',
      // fields, not places, counted
      '我省承担了居家养老、社区养老两个国家级改革试点工作。',
      // all cities told to carry it out, or told as carrying it out already
      '各市、县区均要开展农村养老服务改革试点工作。',
      '全省各市均已开展农村养老服务改革试点工作。',
    ])
      expect(
        kinds(
          `关于公布农村养老服务改革试点名单的通知\n${above}经评审，确定以下县开展试点：${UNITS}`,
        )
          .filter((r) => /县$/.test(r[0] ?? ''))
          .map((r) => r[1]),
      ).toEqual(['other', 'other', 'other']);
  });

  it("a performance review's grades described, none given, are no status", () => {
    const { n } = readResolved(
      '記者近日了解到，山東濟南、威海兩個國家級居家和社區養老服務改革試點工作已正式啟動。\n民政部、財政部將對試點地區工作情況進行績效考核，考核結果分為優秀、合格、不合格三個等級。績效考核不合格的，取消該地區當年試點資格。\n',
    );
    expect(n.records.map((r) => [r.kind, r.outcome ?? null])).toEqual([
      ['zone', null],
      ['zone', null],
    ]);
  });
});
