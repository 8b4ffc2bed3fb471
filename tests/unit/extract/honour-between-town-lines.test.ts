/**
 * Towns listed one a line under a heading announcing the list, a town's honour printed on a
 * line of its own below it ("英山县温泉镇" / "中国温泉之乡" / "罗田县九资河镇"): the honour line
 * neither ends the run nor is an entry. Controls: the same list without honours, an honour
 * closing the list, and a line of other words between two towns, which still ends the run.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const HEAD = '湖北省第一批特色小镇名单';
const read = (lines: string[]) => {
  const { n, warned } = readResolved([HEAD, ...lines].join('\n'));
  return { regions: n.records.map((r) => r.regionText), warned };
};
const TOWNS = ['英山县温泉镇', '罗田县九资河镇', '大冶市陈贵镇'];

describe('an honour on its own line between town lines', () => {
  it('keeps the first town and the towns after it', () => {
    const got = read(['英山县温泉镇', '中国温泉之乡', '罗田县九资河镇', '大冶市陈贵镇']);
    expect(got.regions).toEqual(TOWNS);
    expect(got.warned).not.toContain('unread_list');
  });

  it('under every town, the last one closing the list', () => {
    const got = read([
      '英山县温泉镇',
      '中国温泉之乡',
      '罗田县九资河镇',
      '中国板栗之乡',
      '大冶市陈贵镇',
      '中国青铜古都',
    ]);
    expect(got.regions).toEqual(TOWNS);
    expect(got.regions).not.toContain('中国板栗之乡');
  });

  it('leaves the list without honours as it was (control)', () => {
    expect(read(TOWNS).regions).toEqual(TOWNS);
  });

  it('is only an honour: other words between two towns still end the run (control)', () => {
    const got = read(['英山县温泉镇', '罗田县九资河镇', '交通便利风景优美', '大冶市陈贵镇']);
    expect(got.regions).not.toContain('大冶市陈贵镇');
  });
});
