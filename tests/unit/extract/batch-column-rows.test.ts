/**
 * A directory of every batch a province holds, as a table whose first column is the batch
 * (第一批（2013年11月21日） | 类别 | 名单), under a lead naming the batch the page is news of: the
 * rows of an earlier batch retell that batch's units (mentions, marked retold with the batch),
 * only the lead's batch gives entries. A table whose lead names no batch, or names the first,
 * keeps every row.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const read = (lines: string[]) => readResolved(lines.join('\n'));
const own = (n: ReturnType<typeof read>['n']) =>
  n.records.filter((r) => !r.retold).map((r) => r.regionText);
const retold = (n: ReturnType<typeof read>['n']) =>
  n.records.filter((r) => r.retold).map((r) => [r.regionText, r.batch]);

const table = [
  '批次\t类别\t名单',
  '第一批（2013年11月21日）\t美丽宜居村庄示范\t恩施市芭蕉侗族乡戽口村',
  '第二批（2015年1月20日）\t美丽宜居村庄示范\t宣恩县高罗乡板寮村',
  '第三批（2016年1月12日）\t美丽宜居村庄示范\t远安县嫘祖镇金桥村',
  '第三批（2016年1月12日）\t美丽宜居村庄示范\t大冶市灵乡镇坳头村',
  '第三批（2016年1月12日）\t美丽宜居村庄示范\t广水市武胜关镇桃源村',
];

describe('a table whose batch column runs over earlier batches', () => {
  it('retells the rows of batches before the one the lead names', () => {
    const { n } = read([
      '湖北宜居村庄名录',
      '住房和城乡建设部公布了第三批美丽宜居村庄示范名单，湖北省有3村上榜，加上此前的两批共有5村入选。',
      ...table,
    ]);
    expect(own(n)).toEqual(['远安县嫘祖镇金桥村', '大冶市灵乡镇坳头村', '广水市武胜关镇桃源村']);
    expect(retold(n)).toEqual([
      ['恩施市芭蕉侗族乡戽口村', '第一批'],
      ['宣恩县高罗乡板寮村', '第二批'],
    ]);
  });

  it('keeps every row when the lead names the first batch or none', () => {
    for (const lead of [
      '住房和城乡建设部公布了第一批美丽宜居村庄示范名单，湖北省有1村上榜，此后又有4村入选。',
      '住房和城乡建设部公布的美丽宜居村庄示范名单中，湖北省共有5村入选。',
    ]) {
      const { n } = read(['湖北宜居村庄名录', lead, ...table]);
      expect(retold(n)).toEqual([]);
      expect(own(n)).toHaveLength(5);
    }
  });
});
