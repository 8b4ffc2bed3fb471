/**
 * Parks of a park programme written in prose after their places ("甲县现代农业产业园和乙市现代
 * 农业产业园入选…", "分别是某省甲县现代农业产业园、某省乙县现代农业产业园"): the park word
 * names the programme's unit at each place, so each place is an entry; a park doing something
 * ("…产业园建设进展顺利") is no entry.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('parks written after their places in prose', () => {
  it('reads two parks joined by 和 before the listing verb', () => {
    const { n, codes } = readResolved(
      [
        '浙江两个现代农业产业园入选国家创建名单',
        '近日，安吉县现代农业产业园和桐乡市现代农业产业园入选第三批国家现代农业产业园创建名单。',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.regionText)).toEqual(['安吉县', '桐乡市']);
    expect(n.records.map((r) => r.title)).toEqual(['', '']);
    expect(codes).toEqual(['330523', '330483']);
  });

  it('reads parks after 分别是, each written with its province', () => {
    const { codes } = readResolved(
      [
        '国家现代农业产业园创建名单公示 浙江两家在列',
        '此次公示的国家现代农业产业园创建名单共30家，其中浙江有两家在列，分别是浙江省安吉县现代农业产业园、浙江省桐乡市现代农业产业园。',
      ].join('\n'),
    );
    expect(codes).toEqual(['330523', '330483']);
  });

  it('reads no entry from a park doing something', () => {
    const { n } = readResolved(
      [
        '我县产业园建设提速',
        '今年以来，安吉县现代农业产业园建设进展顺利，园区总产值稳步增长。',
      ].join('\n'),
    );
    expect(n.records).toEqual([]);
  });
});
