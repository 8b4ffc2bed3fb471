/**
 * A list read on past the end of a sentence — the provinces of one sentence, then the units the
 * next one's lead-in introduces ("…三省各有一处被取消试点资格。这三处试点分别是A、B、C") — gives the
 * units after that lead-in what it states for them. Control: a lead-in stating nothing leaves
 * them without a status.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const page = (verdict: string) =>
  readResolved(
    `试点国家湿地公园验收结果公布\n中国搜索郑州9月1日讯 8月31日，国家林业局公布了2016年试点国家湿地公园验收结果，66处试点国家湿地公园通过验收，吉林、福建、河南三省各有一处${verdict}。这三处试点分别是吉林榆树老干江国家湿地公园、福建宁德东湖国家湿地公园、河南偃师伊洛河国家湿地公园。\n`,
  )
    .n.records.filter((r) => (r.title ?? '') !== '')
    .map((r) => [r.regionText, r.outcome?.status ?? null]);

describe('a lead-in in the middle of a list read past its sentence', () => {
  it('gives the units after it the outcome it states', () => {
    expect(page('被取消试点资格')).toEqual([
      ['吉林榆树', '已撤销'],
      ['福建宁德', '已撤销'],
      ['河南偃师', '已撤销'],
    ]);
  });

  it('gives nothing where it states nothing', () => {
    expect(page('开展湿地保护宣传活动').map((r) => r[1])).toEqual([null, null, null]);
  });
});
