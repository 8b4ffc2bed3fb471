/**
 * Two readings kept from going too far: a disclosure page's metadata fields numbered in
 * brackets (主题（一）, 主题（二）) are no column of places, and an honour's kind before 社区
 * in a headline (某市品质社区入围名单出炉) names a programme, not a community.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('readings kept from going too far', () => {
  it('reads no entry out of a page’s metadata table whose fields are numbered in brackets', () => {
    const text =
      '关于加强城乡社区治理与服务的实施意见\n' +
      '索引号\t0140/2019-03712\t生成日期\t2019-06-26\n' +
      '发布机构\t市民政局\t公开形式\t网站、文件\n' +
      '主题（一）\t民政、扶贫、救灾\t主题（二）\t基层政权与社区建设\n' +
      '体裁\t意见\t关键词\t基层政权，社区服务\n' +
      '城乡社区是社会治理的基本单元。为全面贯彻党的十九大精神，提出如下实施意见。\n';
    expect(readResolved(text).n.records).toEqual([]);
  });

  it('keeps an honour’s kind before 社区 in a headline out of the entries', () => {
    const text =
      '宁波品质社区入围名单出炉\n' +
      '宁波市第三届品质社区推荐评议活动入围名单公布。\n' +
      '序号\t社区\n1\t清风社区\n2\t安丰社区\n';
    const titles = readResolved(text).n.records.map((r) => r.regionText);
    expect(titles).not.toContain('宁波品质社区');
  });
});
