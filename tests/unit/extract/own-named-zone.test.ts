/**
 * A development zone written with its own short name before its word ("滨海开发区", "海港开发区")
 * among a city's counties in a prose list: the short name is the zone's, not a far county's it
 * abbreviates, so the piece runs on to its township and community, and the zone (not the county
 * written before it) places the entries after it.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a zone with its own name in a list of counties', () => {
  it('is read down to its community, and places the next township there', () => {
    const { n, codes } = readResolved(
      '经审核，拟命名昌邑市奎聚街道甲社区等4个社区为全市减灾示范社区。4个社区分别为' +
        '昌邑市奎聚街道甲社区、围子街道乙社区，滨海开发区央子街道丙社区、大家洼街道丁社区。',
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '昌邑市奎聚街道甲社区',
      '围子街道乙社区',
      '滨海开发区央子街道丙社区',
      '大家洼街道丁社区',
    ]);
    // The zone is no division: its city (370700), never 滨海县 of another province (320922)
    // nor 昌邑市 written before it (370786).
    expect(codes).toEqual(['370786', '370786', '370700', '370700']);
  });

  it('whose short name is a district elsewhere still places the next township', () => {
    const { codes } = readResolved(
      '5个社区分别为乐亭县乐亭镇东关社区、胡家坨镇新华社区，海港开发区王滩镇港城社区、' +
        '王滩镇海润社区，丰南区胥各庄街道明珠社区。',
    );
    expect(codes).toEqual(['130225', '130225', '130200', '130200', '130207']);
  });

  it('a bare zone word beside a county stays that county’s zone', () => {
    const { codes } = readResolved(
      '4个社区分别为昌邑市奎聚街道甲社区、经济开发区乙社区、围子街道丙社区、柳疃镇丁社区。',
    );
    expect(codes.slice(2)).toEqual(['370786', '370786']);
  });
});
